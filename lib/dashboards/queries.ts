// The dashboards' data: the figures of lib/status/figures.ts, shaped for the
// overview (cycles grouped by country, a page at a time) and one cycle's
// breakdowns. No figure is computed here.
import "server-only";
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { coverage, cycleCoverage } from "@/lib/status/coverage";
import { Prisma } from "@/lib/generated/prisma/client";
import { activity, staleCount, statusRows, tallies, type DrillFilter } from "@/lib/status/figures";
import { recommendationsAt } from "@/lib/recommendations/view";
import { recordedAt, type Moment } from "@/lib/status/moment";
import type { StatusOptions } from "@/lib/status/sql";
import { tally } from "./tally";

export const OVERVIEW_PAGE_SIZE = 10;

const claimSelect = {
  orderBy: { key: "asc" },
  select: {
    key: true,
    claimant: true,
    statement: true,
    value: true,
    outOf: true,
    document: { select: { slug: true, title: true } },
    location: true,
  },
} as const;

/** One page of cycles (grouped by country, then by year), with their counts in both lenses, activity and claims. */
export async function overview(m: Moment, o: StatusOptions, page = 1) {
  const db = await prisma();
  const [cycles, total] = await Promise.all([
    db.electionCycle.findMany({
      orderBy: [{ country: { name: "asc" } }, { year: "asc" }, { slug: "asc" }],
      skip: (page - 1) * OVERVIEW_PAGE_SIZE,
      take: OVERVIEW_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        year: true,
        title: true,
        country: { select: { name: true } },
        claims: claimSelect,
      },
    }),
    db.electionCycle.count(),
  ]);
  const scope = { cycleIds: cycles.map((c) => c.id) };
  const [byCycle, act, cov] = await Promise.all([
    tallies(m, scope, "cycle", o),
    activity(m, scope),
    coverage(m, scope.cycleIds),
  ]);
  return {
    page,
    pageSize: OVERVIEW_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE)),
    totalCycles: total,
    cycles: cycles.map((c) => ({
      ...c,
      tally: byCycle.get(c.id) ?? tally([]),
      coverage: cov.get(c.id) ?? { recorded: 0, items: 0, expected: null },
      followUpsLast30: act.get(c.id)?.last30 ?? 0,
      followUpsLast90: act.get(c.id)?.last90 ?? 0,
      withoutFollowUp: act.get(c.id)?.withoutFollowUp ?? 0,
    })),
  };
}
export type Overview = Awaited<ReturnType<typeof overview>>;
export type OverviewCycle = Overview["cycles"][number];

const RECENT_TYPES = [
  "StateResponse",
  "Assessment",
  "FollowUp",
  "RecommendationInstitution",
  "Recommendation",
  "RecommendationLink",
];
export const RECENT_LIMIT = 12;

/**
 * The latest changes recorded for a cycle up to the moment's recorded time
 * (tracker time only: `on` does not apply). For readers, a change that wrote
 * an internal follow-up version is left out: internal notes stay internal,
 * also once withdrawn; a note made public later shows from that change on.
 */
async function recentActivity(cycleId: string, m: Moment, includeInternal: boolean) {
  const db = await prisma();
  const at = recordedAt(m).toISOString();
  return db.$queryRaw<
    {
      seq: number;
      occurredAt: Date;
      actorLabel: string;
      action: string;
      entityType: string;
      recommendationId: string | null;
    }[]
  >`
    SELECT e.seq, e.occurred_at AS "occurredAt", e.actor_label AS "actorLabel", e.action, e.entity_type AS "entityType",
           e.recommendation_id AS "recommendationId"
    FROM audit_events e
    WHERE e.cycle_id = ${cycleId} AND e.occurred_at <= CAST(${at} AS timestamp) AND e.entity_type IN (${Prisma.join(RECENT_TYPES)})
      AND (${includeInternal} OR NOT EXISTS (
        SELECT 1 FROM follow_up_versions v WHERE e.entity_type = 'FollowUp' AND v.id = e.entity_id AND v.audit_seq = e.seq AND v.internal))
    ORDER BY e.occurred_at DESC, e.seq DESC
    LIMIT ${RECENT_LIMIT}`;
}

/** One cycle's breakdowns: by priority, section (top level), institution, and the two-lens cross-tab. */
export async function cycleDashboard(
  slug: string,
  m: Moment,
  o: StatusOptions,
  staleSince: string | null,
  includeInternal = false,
) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { slug },
    select: { id: true, slug: true, year: true, title: true },
  });
  if (!cycle) return null;
  const scope = { cycleIds: [cycle.id] };
  const [all, pri, sec, inst, byTheme, sections, stale, recent, cov] = await Promise.all([
    tallies(m, scope, "all", o),
    tallies(m, scope, "priority", o),
    tallies(m, scope, "section", o),
    tallies(m, scope, "institution", o),
    tallies(m, scope, "theme", o),
    db.reportSection.findMany({
      where: { cycleId: cycle.id, parentId: null },
      orderBy: { order: "asc" },
      select: { id: true, title: true },
    }),
    staleSince ? staleCount(m, scope, staleSince, o) : Promise.resolve(0),
    recentActivity(cycle.id, m, includeInternal),
    cycleCoverage(m, cycle.id),
  ]);
  const institutions = byName(
    await db.institution.findMany({
      where: { id: { in: [...inst.keys()].filter((k): k is string => k !== null) } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
  const themes = byName(
    await db.theme.findMany({
      where: { id: { in: [...byTheme.keys()].filter((k): k is string => k !== null) } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
  const recIds = [...new Set(recent.map((r) => r.recommendationId).filter((x): x is string => x !== null))];
  const labels = new Map(
    (await db.recommendation.findMany({ where: { id: { in: recIds } }, select: { id: true, label: true } })).map(
      (r) => [r.id, r.label],
    ),
  );
  return {
    cycle,
    coverage: cov,
    total: all.get(null) ?? tally([]),
    byPriority: (["PRIORITY", "OTHER", "UNSPECIFIED"] as const)
      .filter((p) => pri.has(p))
      .map((p) => ({ key: p, tally: pri.get(p)! })),
    bySection: [
      ...sections
        .filter((s) => sec.has(s.id))
        .map((s) => ({ key: s.id as string | null, label: s.title, tally: sec.get(s.id)! })),
      ...(sec.has(null) ? [{ key: null, label: "No section", tally: sec.get(null)! }] : []),
    ],
    byInstitution: institutions.map((i) => ({ key: i.id, label: i.name, tally: inst.get(i.id)! })),
    byTheme: themes.map((t) => ({ key: t.id, label: t.name, tally: byTheme.get(t.id)! })),
    staleCount: stale,
    recent: recent.map((r) => ({
      ...r,
      recommendationLabel: r.recommendationId ? (labels.get(r.recommendationId) ?? null) : null,
    })),
  };
}
export type CycleDashboard = NonNullable<Awaited<ReturnType<typeof cycleDashboard>>>;

export type { DrillFilter };

/** The recommendations behind a number: same definitions, same moment, with their text (as recorded then) and shared lead-ins. */
export async function drillDown(cycleId: string, m: Moment, o: StatusOptions, f: DrillFilter) {
  const rows = await statusRows(m, { cycleIds: [cycleId] }, f, o);
  const texts = await recommendationsAt(
    m,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const rec = texts.get(r.id);
    return {
      id: r.id,
      label: r.label,
      number: rec?.number ?? 0,
      text: rec?.text ?? "",
      leadIn: rec?.leadIn ?? null,
      state: r.state,
      independent: r.independent,
    };
  });
}
export type DrillRow = Awaited<ReturnType<typeof drillDown>>[number];

/** What a drill-down list's heading names: its cycle, and the section and institution of its filter. */
export async function drillContext(slug: string, f: { section?: string; institution?: string }) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { slug },
    select: { id: true, slug: true, year: true, title: true, country: { select: { name: true } } },
  });
  if (!cycle) return null;
  const [section, institution] = await Promise.all([
    f.section
      ? db.reportSection.findFirst({ where: { id: f.section, cycleId: cycle.id }, select: { title: true } })
      : null,
    f.institution ? db.institution.findUnique({ where: { id: f.institution }, select: { name: true } }) : null,
  ]);
  return { cycle, sectionName: section?.title ?? null, institutionName: institution?.name ?? null };
}
