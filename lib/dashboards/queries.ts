import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { statusCte } from "./status-sql";
import { tally, type Tally } from "./tally";

interface Cell {
  key: string | null;
  state: StateResponseStatus;
  independent: AssessmentStatus;
  n: number;
}

async function grouped(asOf: Date, assessor: string | null, keyExpr: Prisma.Sql, where: Prisma.Sql, join: Prisma.Sql = Prisma.empty): Promise<Cell[]> {
  const db = await prisma();
  return db.$queryRaw<Cell[]>`
    WITH ${statusCte(asOf, assessor)}
    SELECT ${keyExpr} AS key, state, independent, count(*)::int AS n
    FROM status s ${join}
    WHERE ${where}
    GROUP BY 1, state, independent`;
}

function byKey(cells: Cell[]): Map<string | null, Tally> {
  const out = new Map<string | null, Cell[]>();
  for (const c of cells) out.set(c.key, [...(out.get(c.key) ?? []), c]);
  return new Map([...out].map(([k, v]) => [k, tally(v)]));
}

/** Every cycle's counts in both lenses, follow-up activity and claims. */
export async function overview(asOf: Date, assessor: string | null) {
  const db = await prisma();
  const [cycles, cells, activity] = await Promise.all([
    db.electionCycle.findMany({
      orderBy: { year: "asc" },
      select: { id: true, slug: true, year: true, title: true, claims: { orderBy: { key: "asc" }, select: { key: true, claimant: true, statement: true, value: true, outOf: true, document: { select: { slug: true, title: true } }, location: true } } },
    }),
    grouped(asOf, assessor, Prisma.sql`s.cycle_id`, Prisma.sql`TRUE`),
    db.$queryRaw<{ cycle_id: string; last30: number; last90: number; without: number }[]>`
      WITH ${statusCte(asOf, assessor)}
      SELECT s.cycle_id,
        count(f.entity_id) FILTER (WHERE f.recorded_at > ${asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC' - interval '30 days')::int AS last30,
        count(f.entity_id) FILTER (WHERE f.recorded_at > ${asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC' - interval '90 days')::int AS last90,
        count(DISTINCT s.id) FILTER (WHERE s.follow_ups = 0)::int AS without
      FROM status s LEFT JOIN fu_live f ON f.recommendation_id = s.id
      GROUP BY s.cycle_id`,
  ]);
  const tallies = byKey(cells);
  const act = new Map(activity.map((a) => [a.cycle_id, a]));
  return cycles.map((c) => ({
    ...c,
    tally: tallies.get(c.id) ?? tally([]),
    followUpsLast30: act.get(c.id)?.last30 ?? 0,
    followUpsLast90: act.get(c.id)?.last90 ?? 0,
    withoutFollowUp: act.get(c.id)?.without ?? 0,
  }));
}
export type OverviewCycle = Awaited<ReturnType<typeof overview>>[number];

/** One cycle's breakdowns: by priority, section (top level), institution, and the two-lens cross-tab. */
export async function cycleDashboard(slug: string, asOf: Date, assessor: string | null, staleSince: string | null) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({ where: { slug }, select: { id: true, slug: true, year: true, title: true } });
  if (!cycle) return null;
  const inCycle = Prisma.sql`s.cycle_id = ${cycle.id}`;
  const [all, byPriority, bySection, byInstitution, sections, institutions, stale, recent] = await Promise.all([
    grouped(asOf, assessor, Prisma.sql`NULL::text`, inCycle),
    grouped(asOf, assessor, Prisma.sql`s.priority`, inCycle),
    grouped(asOf, assessor, Prisma.sql`COALESCE(sec.parent_id, sec.id)`, inCycle, Prisma.sql`LEFT JOIN report_sections sec ON sec.id = s.section_id`),
    grouped(asOf, assessor, Prisma.sql`l.institution_id`, Prisma.sql`${inCycle} AND l.action = 'assign'`, Prisma.sql`JOIN links l ON l.recommendation_id = s.id`),
    db.reportSection.findMany({ where: { cycleId: cycle.id, parentId: null }, orderBy: { order: "asc" }, select: { id: true, title: true } }),
    db.institution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    staleSince ? db.$queryRaw<{ n: number }[]>`
      WITH ${statusCte(asOf, assessor)}
      SELECT count(*)::int AS n FROM status s
      WHERE ${inCycle} AND COALESCE(s.last_action, '') < ${staleSince} AND COALESCE(s.last_assessed, '') < ${staleSince}` : Promise.resolve([{ n: 0 }]),
    db.auditEvent.findMany({
      where: { cycleId: cycle.id, occurredAt: { lte: asOf }, entityType: { in: ["StateResponse", "Assessment", "FollowUp", "RecommendationInstitution", "Recommendation", "RecommendationLink"] } },
      orderBy: { seq: "desc" },
      take: 12,
      select: { seq: true, occurredAt: true, actorLabel: true, action: true, entityType: true, recommendationId: true },
    }),
  ]);
  const total = tally(all);
  const pri = byKey(byPriority);
  const sec = byKey(bySection);
  const inst = byKey(byInstitution);
  return {
    cycle,
    total,
    byPriority: (["PRIORITY", "OTHER", "UNSPECIFIED"] as const).filter((p) => pri.has(p)).map((p) => ({ key: p, tally: pri.get(p)! })),
    bySection: [...sections.filter((s) => sec.has(s.id)).map((s) => ({ key: s.id, label: s.title, tally: sec.get(s.id)! })), ...(sec.has(null) ? [{ key: null, label: "No section", tally: sec.get(null)! }] : [])],
    byInstitution: institutions.filter((i) => inst.has(i.id)).map((i) => ({ key: i.id, label: i.name, tally: inst.get(i.id)! })),
    staleCount: stale[0]?.n ?? 0,
    recent,
  };
}
export type CycleDashboard = NonNullable<Awaited<ReturnType<typeof cycleDashboard>>>;

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

/** The recommendations behind a number: same definitions, same moment. */
export async function drillDown(cycleId: string, asOf: Date, assessor: string | null, f: DrillFilter) {
  const db = await prisma();
  const cond = [Prisma.sql`s.cycle_id = ${cycleId}`];
  if (f.state) cond.push(Prisma.sql`s.state = ${f.state}`);
  if (f.independent) cond.push(Prisma.sql`s.independent = ${f.independent}`);
  if (f.priority) cond.push(Prisma.sql`s.priority = ${f.priority}`);
  if (f.section) cond.push(Prisma.sql`(sec.id = ${f.section} OR sec.parent_id = ${f.section})`);
  if (f.institution) cond.push(Prisma.sql`EXISTS (SELECT 1 FROM links l WHERE l.recommendation_id = s.id AND l.action = 'assign' AND l.institution_id = ${f.institution})`);
  if (f.noFollowUp) cond.push(Prisma.sql`s.follow_ups = 0`);
  if (f.fullyOrMostly) cond.push(Prisma.sql`s.independent IN ('FULLY_IMPLEMENTED', 'MOSTLY_IMPLEMENTED')`);
  if (f.staleSince) cond.push(Prisma.sql`COALESCE(s.last_action, '') < ${f.staleSince} AND COALESCE(s.last_assessed, '') < ${f.staleSince}`);
  return db.$queryRaw<{ id: string; label: string; text: string; state: StateResponseStatus; independent: AssessmentStatus }[]>`
    WITH ${statusCte(asOf, assessor)}
    SELECT s.id, s.label, rec.text, s.state, s.independent
    FROM status s JOIN recommendations rec ON rec.id = s.id LEFT JOIN report_sections sec ON sec.id = s.section_id
    WHERE ${Prisma.join(cond, " AND ")}
    ORDER BY s."order"`;
}
