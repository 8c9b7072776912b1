// Filters of the cycle page and the page of the cycle list, parsed from the
// URL (so any view can be shared). The moment (`on`, `asOf`) is parsed by
// lib/status/moment.ts's parseMoment, as everywhere.
import { z } from "zod";
import { pageParam } from "@/lib/dashboards/schema";
import { ASSESSMENT_ORDER, STATE_RESPONSE_ORDER, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const CycleFilterSchema = z.object({
  section: z.preprocess(
    blank,
    z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9/-]+$/)
      .optional(),
  ),
  status: z.preprocess(
    blank,
    z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]]).optional(),
  ),
  independent: z.preprocess(blank, z.enum(ASSESSMENT_ORDER as [AssessmentStatus, ...AssessmentStatus[]]).optional()),
  priority: z.preprocess(blank, z.enum(["PRIORITY", "OTHER"]).optional()),
});

export type CycleFilter = {
  section?: string;
  status?: StateResponseStatus;
  independent?: AssessmentStatus;
  priority?: "PRIORITY" | "OTHER";
};

const FILTER_KEYS = ["section", "status", "independent", "priority"] as const;

/** Unknown or malformed values are dropped (and reported), never passed to the database. */
export function parseCycleFilter(params: Record<string, string | string[] | undefined>): {
  filter: CycleFilter;
  invalid: string[];
} {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter: CycleFilter = {};
  const invalid: string[] = [];
  for (const key of FILTER_KEYS) {
    const one = CycleFilterSchema.shape[key].safeParse(flat[key]);
    if (one.success) {
      if (one.data !== undefined) (filter as Record<string, string>)[key] = one.data;
    } else invalid.push(key);
  }
  return { filter, invalid };
}

/** "?section=…&status=…&on=…&asOf=…": filters, then the moment (the cycle page's links and saved views). */
export function cycleQuery(filter: CycleFilter, moment: { on: string | null; asOf: string | null }): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) q.set(key, filter[key]!);
  if (moment.on) q.set("on", moment.on);
  if (moment.asOf) q.set("asOf", moment.asOf);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The page of the cycle list: 1 when absent; an invalid value is reported and page 1 shown. */
export function parseListPage(params: Record<string, string | string[] | undefined>): {
  page: number;
  invalid: boolean;
} {
  const r = pageParam.safeParse(params.page);
  return r.success ? { page: r.data ?? 1, invalid: false } : { page: 1, invalid: true };
}
