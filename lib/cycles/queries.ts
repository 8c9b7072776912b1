import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StateResponseStatus } from "@/lib/vocab";
import type { CycleFilter } from "./schema";

export type StatusCounts = Partial<Record<StateResponseStatus, number>>;

const cycleHeader = {
  id: true, version: true, slug: true, year: true, title: true, electionType: true, electionDate: true, isEarly: true,
  finalReportTitle: true, finalReportDate: true, finalReportPlace: true, finalReportUrl: true, notes: true,
  country: { select: { name: true } },
  claims: {
    orderBy: { key: "asc" },
    select: { key: true, statement: true, claimant: true, quote: true, value: true, outOf: true, location: true, document: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.ElectionCycleSelect;

/** State-response counts per cycle, computed by the database. */
async function responseCountsByCycle(cycleId?: string): Promise<Map<string, StatusCounts>> {
  const db = await prisma();
  const rows = await db.$queryRaw<{ cycle_id: string; status: StateResponseStatus; n: bigint }[]>`
    SELECT r.cycle_id, COALESCE(s.status::text, 'NO_RESPONSE') AS status, COUNT(*) AS n
    FROM recommendations r LEFT JOIN state_responses s ON s.recommendation_id = r.id
    WHERE ${cycleId ?? null}::text IS NULL OR r.cycle_id = ${cycleId ?? null}
    GROUP BY r.cycle_id, COALESCE(s.status::text, 'NO_RESPONSE')`;
  const out = new Map<string, StatusCounts>();
  for (const row of rows) {
    const counts = out.get(row.cycle_id) ?? {};
    counts[row.status] = Number(row.n);
    out.set(row.cycle_id, counts);
  }
  return out;
}

export async function listCycles() {
  const db = await prisma();
  const [cycles, counts] = await Promise.all([
    db.electionCycle.findMany({
      orderBy: { year: "asc" },
      select: { ...cycleHeader, _count: { select: { recommendations: true, documents: true } } },
    }),
    responseCountsByCycle(),
  ]);
  return cycles.map((c) => ({ ...c, responseCounts: counts.get(c.id) ?? {} }));
}
export type CycleListItem = Awaited<ReturnType<typeof listCycles>>[number];

function recommendationWhere(cycleId: string, filter: CycleFilter): Prisma.RecommendationWhereInput {
  const where: Prisma.RecommendationWhereInput = { cycleId };
  if (filter.section) where.section = { OR: [{ key: filter.section }, { parent: { key: filter.section } }] };
  if (filter.status === "NO_RESPONSE") where.OR = [{ response: null }, { response: { status: "NO_RESPONSE" } }];
  else if (filter.status) where.response = { status: filter.status };
  if (filter.priority) where.priority = filter.priority;
  return where;
}

/** A cycle with its report structure and the recommendations matching the filter, in report order. */
export async function getCycle(slug: string, filter: CycleFilter) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({ where: { slug }, select: cycleHeader });
  if (!cycle) return null;
  const [sections, recommendations, documents, counts, total] = await Promise.all([
    db.reportSection.findMany({
      where: { cycleId: cycle.id },
      orderBy: [{ order: "asc" }],
      select: { id: true, key: true, title: true, leadIn: true, priority: true, order: true, parentId: true },
    }),
    db.recommendation.findMany({
      where: recommendationWhere(cycle.id, filter),
      orderBy: { order: "asc" },
      select: {
        id: true, label: true, number: true, letter: true, order: true, priority: true, leadIn: true, text: true,
        textVerification: true, sectionId: true, response: { select: { status: true } },
      },
    }),
    db.document.findMany({
      where: { cycleId: cycle.id },
      orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, slug: true, title: true, type: true, issuer: true, issuedOn: true },
    }),
    responseCountsByCycle(cycle.id),
    db.recommendation.count({ where: { cycleId: cycle.id } }),
  ]);
  return { cycle, sections, recommendations, documents, responseCounts: counts.get(cycle.id) ?? {}, total };
}
export type CycleDetail = NonNullable<Awaited<ReturnType<typeof getCycle>>>;
