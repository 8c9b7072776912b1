// The tables a figure reads, at a moment of the tracker's clock: the current
// rows ("as recorded now"), or the versions whose recorded range contains the
// end of the `asOf` day. Version tables have the same columns as the current
// ones, so every query below is written once for both.
import { Prisma } from "@/lib/generated/prisma/client";
import { recordedAt, type Moment } from "./moment";

const TABLES = {
  recommendations: "recommendation_versions",
  state_responses: "state_response_versions",
  assessments: "assessment_versions",
  follow_ups: "follow_up_versions",
  recommendation_institutions: "recommendation_institution_versions",
  recommendation_links: "recommendation_link_versions",
} as const;
export type Source = keyof typeof TABLES;

/** A FROM item (to be aliased) for `table` at the moment's recorded time. */
export function source(table: Source, m: Moment): Prisma.Sql {
  if (!m.asOf) return Prisma.raw(table);
  const at = recordedAt(m).toISOString();
  return Prisma.sql`(SELECT * FROM ${Prisma.raw(TABLES[table])}
    WHERE recorded_from <= CAST(${at} AS timestamp) AND (recorded_to IS NULL OR recorded_to > CAST(${at} AS timestamp)))`;
}

/** Entries of a dated series that count on the moment's real-world day (all when not set). */
export function datedBy(alias: string, m: Moment): Prisma.Sql {
  return m.on ? Prisma.sql`${Prisma.raw(alias)}.date_to <= CAST(${m.on} AS date)` : Prisma.sql`TRUE`;
}

/**
 * The one order of a dated series, latest first: by the day an entry counts
 * from, then by its earliest possible day, then by entry. The current response
 * or assessment is the first; every page, report and export uses this.
 */
export function latestFirst(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  // An entry without a date (only in history recorded before dates were required) comes last.
  return Prisma.sql`${a}.date_to DESC NULLS LAST, ${a}.date_from DESC NULLS LAST, ${a}.entry_no DESC`;
}
