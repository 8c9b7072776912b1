// Filters of the cycle page, parsed from the URL (so any view can be shared).
import { z } from "zod";
import { STATE_RESPONSE_ORDER, type StateResponseStatus } from "@/lib/vocab";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const CycleFilterSchema = z.object({
  section: z.preprocess(blank, z.string().max(100).regex(/^[A-Za-z0-9/-]+$/).optional()),
  status: z.preprocess(blank, z.enum(STATE_RESPONSE_ORDER as [StateResponseStatus, ...StateResponseStatus[]]).optional()),
  priority: z.preprocess(blank, z.enum(["PRIORITY", "OTHER"]).optional()),
});

export type CycleFilter = {
  section?: string;
  status?: (typeof STATE_RESPONSE_ORDER)[number];
  priority?: "PRIORITY" | "OTHER";
};

/** Unknown or malformed values are dropped (and reported), never passed to the database. */
export function parseCycleFilter(params: Record<string, string | string[] | undefined>): { filter: CycleFilter; invalid: string[] } {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter: CycleFilter = {};
  const invalid: string[] = [];
  for (const key of ["section", "status", "priority"] as const) {
    const one = CycleFilterSchema.shape[key].safeParse(flat[key]);
    if (one.success) {
      if (one.data !== undefined) (filter as Record<string, string>)[key] = one.data;
    } else invalid.push(key);
  }
  return { filter, invalid };
}
