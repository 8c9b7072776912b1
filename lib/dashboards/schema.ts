// Dashboard options from the URL (shareable, bookmarkable views). The two
// clocks (`on`, `asOf`) are parsed as everywhere else (lib/status/moment.ts).
import { z } from "zod";
import { momentDay, momentParam, type Moment } from "@/lib/status/moment";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);

/** "?page=3": a page of a long list; 1 when absent. Out-of-range pages are the page's business (404). */
export const pageParam = z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional());

export const DashboardParamsSchema = z.object({
  // The same schema as parseMoment's, so every page names the same values invalid.
  on: momentParam,
  asOf: momentParam,
  assessor: z.preprocess(
    blank,
    z.enum(["ODIHR_MISSION", "OTHER_OBSERVER", "CIVIL_SOCIETY", "INTERNAL_REVIEW"]).optional(),
  ),
  staleSince: z.preprocess(blank, momentDay.optional()),
  page: pageParam,
  // Drill-down filters (the list behind a number).
  state: z.preprocess(blank, z.enum(STATE_RESPONSE_ORDER as [string, ...string[]]).optional()),
  independent: z.preprocess(blank, z.enum(ASSESSMENT_ORDER as [string, ...string[]]).optional()),
  priority: z.preprocess(blank, z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"]).optional()),
  section: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]{20,40}$/)
      .optional(),
  ),
  institution: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]{20,40}$/)
      .optional(),
  ),
  noFollowUp: z.preprocess(blank, z.enum(["1"]).optional()),
  // "Fully or mostly implemented" per the independent lens (the overview's share).
  fullyOrMostly: z.preprocess(blank, z.enum(["1"]).optional()),
  stale: z.preprocess(blank, z.enum(["1"]).optional()),
});
export type DashboardParams = z.infer<typeof DashboardParamsSchema>;

export function parseDashboardParams(params: Record<string, string | string[] | undefined>): {
  params: DashboardParams;
  invalid: string[];
} {
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

/** The moment a dashboard shows: status on `on`, as recorded on `asOf` (each: the latest / now when absent). */
export function momentOf(p: Pick<DashboardParams, "on" | "asOf">): Moment {
  return { on: p.on ?? null, asOf: p.asOf ?? null };
}
