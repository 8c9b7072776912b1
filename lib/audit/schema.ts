// Filters of the global audit page and its CSV export, from the URL.
import { z } from "zod";
import { saneDay } from "@/lib/validation";
import { ACTIONS, ENTITY_TYPES, type EntityType } from "./catalogue";

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);
// Year 0000 parses in JavaScript but not in PostgreSQL: the range check keeps such a day out of the query.
const day = saneDay("Date");

// The filters accept exactly what the catalogue knows.
export const AUDIT_ENTITY_TYPES = ENTITY_TYPES as [EntityType, ...EntityType[]];
export const AUDIT_ACTIONS = ACTIONS as [string, ...string[]];

export const AuditFilterSchema = z.object({
  actor: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]{20,40}$/)
      .optional(),
  ),
  entityType: z.preprocess(blank, z.enum(AUDIT_ENTITY_TYPES).optional()),
  action: z.preprocess(blank, z.enum(AUDIT_ACTIONS).optional()),
  // One cycle (from a link), or every cycle of a country and/or an election year (the form: 1,000 cycles
  // would not fit in a list).
  cycle: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z]{2}-\d{4}$/)
      .optional(),
  ),
  country: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  ),
  year: z.preprocess(blank, z.coerce.number().int().min(1990).max(2100).optional()),
  from: z.preprocess(blank, day.optional()),
  to: z.preprocess(blank, day.optional()),
  before: z.preprocess(blank, z.coerce.number().int().positive().optional()),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** Invalid values are dropped and named, never passed on. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  invalid: string[];
} {
  const filter: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, schema] of Object.entries(AuditFilterSchema.shape)) {
    const r = schema.safeParse(params[key]);
    if (r.success) {
      if (r.data !== undefined) filter[key] = r.data;
    } else invalid.push(key);
  }
  return { filter: filter as AuditFilter, invalid };
}
