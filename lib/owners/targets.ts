// The target date of a recommendation: the one its latest follow-up entry with a target date sets (the one order of
// a dated series, lib/status/sources.ts `latestFirst`; withdrawn entries never count). One query for the deadlines
// and My work (lib/owners/queries.ts) and for bulk target dates (lib/bulk/mutations.ts), which must agree on
// which entry sets the deadline.
import { Prisma } from "@/lib/generated/prisma/client";
import { latestFirst } from "@/lib/status/sources";

/**
 * One row per recommendation (`recommendation_id`, `id`, `target_date`, `entry_no`, `next_step`,
 * `institution_id`) for the recommendations `ids` names, or every one when `ids` is undefined.
 */
export function latestTargetsSql(ids?: string[]): Prisma.Sql {
  const only = ids ? Prisma.sql`AND f.recommendation_id IN (${Prisma.join(ids)})` : Prisma.empty;
  return Prisma.sql`
    SELECT DISTINCT ON (f.recommendation_id) f.recommendation_id, f.id, f.target_date, f.entry_no, f.next_step,
           f.institution_id
    FROM follow_ups f
    WHERE f.withdrawn_at IS NULL AND f.target_date IS NOT NULL ${only}
    ORDER BY f.recommendation_id, ${latestFirst("f")}`;
}
