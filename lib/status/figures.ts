// Every figure, defined once over the status CTE (./sql.ts): the counts per
// cycle and per breakdown, the list behind each number, activity. Dashboards,
// cycle pages, drill-down lists, reports, exports and the API call these.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { tally, type Tally } from "@/lib/dashboards/tally";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { recordedAt, type Moment } from "./moment";
import { statusCte, type Scope, type StatusOptions } from "./sql";

export type { Tally };
type Cell = { key: string | null; state: StateResponseStatus; independent: AssessmentStatus; n: number };

/** What a count is broken down by. */
export type Dimension = "cycle" | "priority" | "section" | "institution" | "theme" | "all";

const KEY: Record<Dimension, Prisma.Sql> = {
  all: Prisma.sql`NULL::text`,
  cycle: Prisma.sql`s.cycle_id`,
  priority: Prisma.sql`s.priority`,
  // Topics count under their top-level section.
  section: Prisma.sql`COALESCE(sec.parent_id, sec.id)`,
  institution: Prisma.sql`a.institution_id`,
  // A recommendation counts under each of its themes (as given now: themes have no versions).
  theme: Prisma.sql`th.theme_id`,
};
const JOIN: Partial<Record<Dimension, Prisma.Sql>> = {
  section: Prisma.sql`LEFT JOIN report_sections sec ON sec.id = s.section_id`,
  institution: Prisma.sql`JOIN assigned a ON a.recommendation_id = s.id`,
  theme: Prisma.sql`JOIN recommendation_themes th ON th.recommendation_id = s.id`,
};

/** Counts in both lenses (and their cross-tab) per key of a dimension. */
export async function tallies(
  m: Moment,
  scope: Scope,
  dim: Dimension,
  o: StatusOptions = {},
): Promise<Map<string | null, Tally>> {
  const db = await prisma();
  const cells = await db.$queryRaw<Cell[]>`
    WITH ${statusCte(m, scope, o)}
    SELECT ${KEY[dim]} AS key, s.state, s.independent, count(*)::int AS n
    FROM status s ${JOIN[dim] ?? Prisma.empty}
    GROUP BY 1, s.state, s.independent`;
  const grouped = new Map<string | null, Cell[]>();
  for (const c of cells) grouped.set(c.key, [...(grouped.get(c.key) ?? []), c]);
  return new Map([...grouped].map(([k, v]) => [k, tally(v)]));
}

export interface Activity {
  /** Follow-up entries recorded in the 30 / 90 days before the recorded moment (internal ones never count). */
  last30: number;
  last90: number;
  /** Recommendations with no follow-up entry dated by `on`. */
  withoutFollowUp: number;
}

export async function activity(m: Moment, scope: Scope): Promise<Map<string, Activity>> {
  const db = await prisma();
  const at = recordedAt(m).toISOString();
  const rows = await db.$queryRaw<({ cycle_id: string } & Activity)[]>`
    WITH ${statusCte(m, scope)}
    SELECT s.cycle_id,
      count(f.id) FILTER (WHERE c.created_at > CAST(${at} AS timestamp) - interval '30 days')::int AS "last30",
      count(f.id) FILTER (WHERE c.created_at > CAST(${at} AS timestamp) - interval '90 days')::int AS "last90",
      count(DISTINCT s.id) FILTER (WHERE s.follow_ups = 0)::int AS "withoutFollowUp"
    FROM status s LEFT JOIN fu f ON f.recommendation_id = s.id LEFT JOIN follow_ups c ON c.id = f.id
    GROUP BY s.cycle_id`;
  return new Map(rows.map(({ cycle_id, ...a }) => [cycle_id, a]));
}

/** Which recommendations are behind a number. */
export interface DrillFilter {
  state?: string;
  independent?: string;
  priority?: string;
  section?: string;
  institution?: string;
  noFollowUp?: boolean;
  fullyOrMostly?: boolean;
  staleSince?: string;
}

function staleCondition(since: string): Prisma.Sql {
  return Prisma.sql`(s.last_action IS NULL OR s.last_action < CAST(${since} AS date)) AND (s.last_assessed IS NULL OR s.last_assessed < CAST(${since} AS date))`;
}

/** The number of recommendations with no follow-up action or assessment dated on or after `since`. */
export async function staleCount(m: Moment, scope: Scope, since: string, o: StatusOptions = {}): Promise<number> {
  const db = await prisma();
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`WITH ${statusCte(m, scope, o)} SELECT count(*)::int AS n FROM status s WHERE ${staleCondition(since)}`;
  return row?.n ?? 0;
}

export interface StatusRow {
  id: string;
  cycleId: string;
  label: string;
  order: number;
  state: StateResponseStatus;
  responseId: string | null;
  independent: AssessmentStatus;
  assessmentId: string | null;
  followUps: number;
}

/** Each recommendation's status (and the entries that give it), in report order, optionally filtered. */
export async function statusRows(
  m: Moment,
  scope: Scope,
  f: DrillFilter = {},
  o: StatusOptions = {},
): Promise<StatusRow[]> {
  const db = await prisma();
  const cond: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.state) cond.push(Prisma.sql`s.state = ${f.state}`);
  if (f.independent) cond.push(Prisma.sql`s.independent = ${f.independent}`);
  if (f.priority) cond.push(Prisma.sql`s.priority = ${f.priority}`);
  if (f.section) cond.push(Prisma.sql`(sec.id = ${f.section} OR sec.parent_id = ${f.section})`);
  if (f.institution)
    cond.push(
      Prisma.sql`EXISTS (SELECT 1 FROM assigned a WHERE a.recommendation_id = s.id AND a.institution_id = ${f.institution})`,
    );
  if (f.noFollowUp) cond.push(Prisma.sql`s.follow_ups = 0`);
  if (f.fullyOrMostly) cond.push(Prisma.sql`s.independent IN ('FULLY_IMPLEMENTED', 'MOSTLY_IMPLEMENTED')`);
  if (f.staleSince) cond.push(staleCondition(f.staleSince));
  return db.$queryRaw<StatusRow[]>`
    WITH ${statusCte(m, scope, o)}
    SELECT s.id, s.cycle_id AS "cycleId", s.label, s."order", s.state, s.response_id AS "responseId",
           s.independent, s.assessment_id AS "assessmentId", s.follow_ups AS "followUps"
    FROM status s LEFT JOIN report_sections sec ON sec.id = s.section_id
    WHERE ${Prisma.join(cond, " AND ")}
    ORDER BY s.cycle_id, s."order"`;
}
