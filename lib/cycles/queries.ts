import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusRows, tallies } from "@/lib/status/figures";
import { coverage, cycleCoverage } from "@/lib/status/coverage";
import { NOW, type Moment } from "@/lib/status/moment";
import { tally } from "@/lib/dashboards/tally";
import { recommendationsAt } from "@/lib/recommendations/view";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import type { CycleFilter } from "./schema";

export type StatusCounts = Partial<Record<StateResponseStatus, number>>;
export type AssessmentCounts = Partial<Record<AssessmentStatus, number>>;
export const CYCLE_PAGE_SIZE = 10;

const cycleHeader = {
  id: true,
  version: true,
  slug: true,
  year: true,
  title: true,
  electionType: true,
  electionDate: true,
  isEarly: true,
  finalReportTitle: true,
  finalReportDate: true,
  finalReportPlace: true,
  finalReportUrl: true,
  recommendationCount: true,
  notes: true,
  country: { select: { name: true } },
  claims: {
    orderBy: { key: "asc" },
    select: {
      key: true,
      statement: true,
      claimant: true,
      quote: true,
      value: true,
      outOf: true,
      location: true,
      document: { select: { slug: true, title: true } },
    },
  },
} satisfies Prisma.ElectionCycleSelect;

/** One page of cycles (by country, then year), with the state's responses counted at the moment. */
export async function listCycles(page = 1, m: Moment = NOW) {
  const db = await prisma();
  const [cycles, total] = await Promise.all([
    db.electionCycle.findMany({
      orderBy: [{ country: { name: "asc" } }, { year: "asc" }, { slug: "asc" }],
      skip: (page - 1) * CYCLE_PAGE_SIZE,
      take: CYCLE_PAGE_SIZE,
      select: { ...cycleHeader, _count: { select: { documents: true } } },
    }),
    db.electionCycle.count(),
  ]);
  const ids = cycles.map((c) => c.id);
  const [counts, cov] = await Promise.all([tallies(m, { cycleIds: ids }, "cycle"), coverage(m, ids)]);
  return {
    page,
    pageSize: CYCLE_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / CYCLE_PAGE_SIZE)),
    total,
    cycles: cycles.map((c) => {
      const t = counts.get(c.id) ?? tally([]);
      // Statuses present only, as getCycle counts them.
      const responseCounts: StatusCounts = Object.fromEntries(Object.entries(t.state).filter(([, n]) => n > 0));
      return {
        ...c,
        recorded: t.total,
        coverage: cov.get(c.id) ?? { recorded: 0, items: 0, expected: null },
        responseCounts,
      };
    }),
  };
}
export type CycleListItem = Awaited<ReturnType<typeof listCycles>>["cycles"][number];

/** A cycle with its report structure and the recommendations matching the filter, in report order, at the moment. */
export async function getCycle(slug: string, filter: CycleFilter, m: Moment = NOW) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({ where: { slug }, select: cycleHeader });
  if (!cycle) return null;
  const [sections, documents, rows, cov] = await Promise.all([
    db.reportSection.findMany({
      where: { cycleId: cycle.id },
      orderBy: [{ order: "asc" }],
      select: { id: true, key: true, title: true, leadIn: true, priority: true, order: true, parentId: true },
    }),
    db.document.findMany({
      where: { cycleId: cycle.id },
      orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, slug: true, title: true, type: true, issuer: true, issuedOn: true },
    }),
    statusRows(m, { cycleIds: [cycle.id] }),
    cycleCoverage(m, cycle.id),
  ]);
  const texts = await recommendationsAt(
    m,
    rows.map((r) => r.id),
  );
  // Counted from the same status rows as the dashboard's figures, so "Showing X of Y" agrees with it.
  const responseCounts: StatusCounts = {};
  const assessmentCounts: AssessmentCounts = {};
  for (const r of rows) {
    responseCounts[r.state] = (responseCounts[r.state] ?? 0) + 1;
    assessmentCounts[r.independent] = (assessmentCounts[r.independent] ?? 0) + 1;
  }
  const sectionKeys = new Map(sections.map((s) => [s.id, s]));
  const inSection = (sectionId: string | null) => {
    if (!filter.section) return true;
    const s = sectionId ? sectionKeys.get(sectionId) : undefined;
    const parent = s?.parentId ? sectionKeys.get(s.parentId) : undefined;
    return s?.key === filter.section || parent?.key === filter.section;
  };
  const recommendations = rows
    .map((r) => ({ ...texts.get(r.id)!, state: r.state, independent: r.independent }))
    .filter(
      (r) =>
        (!filter.status || r.state === filter.status) &&
        (!filter.independent || r.independent === filter.independent) &&
        (!filter.priority || r.priority === filter.priority) &&
        inSection(r.sectionId),
    );
  return {
    cycle,
    sections,
    recommendations,
    documents,
    responseCounts,
    assessmentCounts,
    total: rows.length,
    coverage: cov,
  };
}
export type CycleDetail = NonNullable<Awaited<ReturnType<typeof getCycle>>>;

/** A cycle's name and country, for pages that only need to say which cycle they belong to. */
export async function getCycleSummary(slug: string) {
  const db = await prisma();
  return db.electionCycle.findUnique({
    where: { slug },
    select: { id: true, slug: true, year: true, title: true, country: { select: { name: true } } },
  });
}
