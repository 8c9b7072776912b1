// Dashboard options from the URL (shareable, bookmarkable views).
import { z } from "zod";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && s <= new Date().toISOString().slice(0, 10));

export const DashboardParamsSchema = z.object({
  asOf: z.preprocess(blank, day.optional()),
  assessor: z.preprocess(blank, z.enum(["ODIHR_MISSION", "OTHER_OBSERVER", "CIVIL_SOCIETY", "INTERNAL_REVIEW"]).optional()),
  staleSince: z.preprocess(blank, day.optional()),
  // Drill-down filters (the list behind a number).
  state: z.preprocess(blank, z.enum(STATE_RESPONSE_ORDER as [string, ...string[]]).optional()),
  independent: z.preprocess(blank, z.enum(ASSESSMENT_ORDER as [string, ...string[]]).optional()),
  priority: z.preprocess(blank, z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"]).optional()),
  section: z.preprocess(blank, z.string().regex(/^[a-z0-9]{20,40}$/).optional()),
  institution: z.preprocess(blank, z.string().regex(/^[a-z0-9]{20,40}$/).optional()),
  noFollowUp: z.preprocess(blank, z.enum(["1"]).optional()),
  // "Fully or mostly implemented" per the independent lens (the overview's share).
  fullyOrMostly: z.preprocess(blank, z.enum(["1"]).optional()),
  stale: z.preprocess(blank, z.enum(["1"]).optional()),
});
export type DashboardParams = z.infer<typeof DashboardParamsSchema>;

export function parseDashboardParams(params: Record<string, string | string[] | undefined>): { params: DashboardParams; invalid: string[] } {
  const out: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, schema] of Object.entries(DashboardParamsSchema.shape)) {
    const r = schema.safeParse(params[key]);
    if (r.success) {
      if (r.data !== undefined) out[key] = r.data;
    } else invalid.push(key);
  }
  return { params: out as DashboardParams, invalid };
}

/** The moment a dashboard shows: the end of the as-of day, or now. */
export function momentOf(p: DashboardParams): Date {
  return p.asOf ? new Date(new Date(`${p.asOf}T00:00:00.000Z`).getTime() + 86_400_000 - 1) : new Date();
}
