// A cycle's recommendations that repeat earlier ones: for each, its earliest
// form (following "repeats" links back through any number of cycles, in the
// database) and its status at the moment in both lenses (lib/status), so a
// cycle page can say since when a recommendation is outstanding. "Builds on"
// links are not followed: a recommendation that takes an earlier one further
// is not the same recommendation still waiting.
import "server-only";
import { prisma } from "@/lib/db/client";
import { statusRows } from "@/lib/status/figures";
import type { Moment } from "@/lib/status/moment";
import { source } from "@/lib/status/sources";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

export const REPEATS_PAGE_SIZE = 25;

export interface CycleRepeat {
  id: string;
  label: string;
  /** The oldest recommendation this one repeats, through a chain of repeat links. */
  earliest: { id: string; label: string; year: number; slug: string };
  /** How many earlier forms the chain holds (1 when it repeats one recommendation that repeats nothing). */
  earlierForms: number;
  state: StateResponseStatus;
  independent: AssessmentStatus;
  /** Still open by the state's own response: not reported as implemented. */
  outstandingByState: boolean;
  /** Still open by the independent assessment: not assessed as fully implemented. */
  outstandingIndependently: boolean;
}

interface Row {
  id: string;
  label: string;
  earliestId: string;
  earliestLabel: string;
  earliestYear: number;
  earliestSlug: string;
  forms: number;
  total: number;
}

/** One page of the cycle's recommendations that repeat earlier ones (report order), with how many there are. */
export async function cycleRepeats(cycleId: string, m: Moment, page = 1) {
  const db = await prisma();
  const p = Math.max(1, Math.trunc(page));
  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE live AS (
      SELECT l.from_id, l.to_id FROM ${source("recommendation_links", m)} l WHERE l.kind::text = 'REPEATS'),
    recs AS (SELECT r.id, r.label, r.cycle_id, r."order" FROM ${source("recommendations", m)} r),
    mine AS (SELECT r.id, r.label, r."order" FROM recs r WHERE r.cycle_id = ${cycleId}),
    back AS (
      SELECT m.id AS item, l.to_id AS node, 1 AS depth FROM mine m JOIN live l ON l.from_id = m.id
      UNION
      SELECT b.item, l.to_id, b.depth + 1 FROM back b JOIN live l ON l.from_id = b.node WHERE b.depth < 20),
    earliest AS (
      SELECT DISTINCT ON (b.item) b.item, r.id, r.label, cy.year, cy.slug
      FROM back b JOIN recs r ON r.id = b.node JOIN election_cycles cy ON cy.id = r.cycle_id
      ORDER BY b.item, cy.year, cy.election_date, r."order", r.id),
    forms AS (SELECT item, count(DISTINCT node)::int AS n FROM back GROUP BY item)
    SELECT m.id, m.label, e.id AS "earliestId", e.label AS "earliestLabel", e.year AS "earliestYear",
           e.slug AS "earliestSlug", f.n AS forms, (count(*) OVER ())::int AS total
    FROM mine m JOIN earliest e ON e.item = m.id JOIN forms f ON f.item = m.id
    ORDER BY m."order", m.id
    LIMIT ${REPEATS_PAGE_SIZE} OFFSET ${(p - 1) * REPEATS_PAGE_SIZE}`;
  const status = new Map(
    (rows.length ? await statusRows(m, { ids: rows.map((r) => r.id) }) : []).map((s) => [s.id, s]),
  );
  const total = rows[0]?.total ?? (p > 1 ? await cycleRepeatCount(cycleId, m) : 0);
  return {
    page: p,
    pages: Math.max(1, Math.ceil(total / REPEATS_PAGE_SIZE)),
    total,
    items: rows.map((r): CycleRepeat => {
      const s = status.get(r.id);
      const state = s?.state ?? "NO_RESPONSE";
      const independent = s?.independent ?? "NOT_YET_ASSESSED";
      return {
        id: r.id,
        label: r.label,
        earliest: { id: r.earliestId, label: r.earliestLabel, year: r.earliestYear, slug: r.earliestSlug },
        earlierForms: r.forms,
        state,
        independent,
        outstandingByState: state !== "IMPLEMENTED",
        outstandingIndependently: independent !== "FULLY_IMPLEMENTED",
      };
    }),
  };
}

/** How many of the cycle's recommendations repeat an earlier one (for a page past the end). */
async function cycleRepeatCount(cycleId: string, m: Moment): Promise<number> {
  const db = await prisma();
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT r.id)::int AS n FROM ${source("recommendations", m)} r
    JOIN ${source("recommendation_links", m)} l ON l.from_id = r.id AND l.kind::text = 'REPEATS'
    WHERE r.cycle_id = ${cycleId}`;
  return row?.n ?? 0;
}

export type CycleRepeatsPage = Awaited<ReturnType<typeof cycleRepeats>>;
