import "server-only";
import { prisma } from "@/lib/db/client";
import { statusCte } from "@/lib/dashboards/status-sql";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

interface ChainRow {
  head: string;
  node: string;
  /** The later recommendation whose recorded link reached this node (null for the head). */
  via: string | null;
  depth: number;
  label: string;
  year: number;
  slug: string;
  state: StateResponseStatus | null;
  independent: AssessmentStatus | null;
}

export interface Chain {
  headId: string;
  items: { id: string; label: string; year: number; slug: string; state: StateResponseStatus | null; independent: AssessmentStatus | null }[];
  /** The links actually recorded (later → earlier), so a page never implies one that was not made. */
  links: { fromId: string; toId: string }[];
  firstYear: number;
  /** Not (yet) assessed as fully implemented at its latest form. */
  outstanding: boolean;
}

/** Chains of recurring recommendations as recorded at `asOf`, walked back in the database. */
export async function recurringChains(asOf: Date, assessor: string | null): Promise<Chain[]> {
  const db = await prisma();
  const rows = await db.$queryRaw<ChainRow[]>`
    WITH RECURSIVE ${statusCte(asOf, assessor)},
    lk AS (SELECT DISTINCT ON (entity_id) entity_id, action FROM ev WHERE entity_type = 'RecommendationLink' ORDER BY entity_id, seq DESC),
    live AS (SELECT split_part(entity_id, ':', 1) AS from_id, split_part(entity_id, ':', 2) AS to_id FROM lk WHERE action = 'link'),
    chain AS (
      SELECT h.from_id AS head, h.from_id AS node, NULL::text AS via, 0 AS depth
      FROM (SELECT DISTINCT from_id FROM live WHERE from_id NOT IN (SELECT to_id FROM live)) h
      UNION ALL
      SELECT c.head, l.to_id, c.node, c.depth + 1 FROM chain c JOIN live l ON l.from_id = c.node WHERE c.depth < 20)
    SELECT DISTINCT c.head, c.node, c.via, c.depth, r.label, cy.year, cy.slug, s.state, s.independent
    FROM chain c JOIN recommendations r ON r.id = c.node JOIN election_cycles cy ON cy.id = r.cycle_id LEFT JOIN status s ON s.id = c.node
    ORDER BY c.head, cy.year, r.label`;
  const byHead = new Map<string, ChainRow[]>();
  for (const r of rows) byHead.set(r.head, [...(byHead.get(r.head) ?? []), r]);
  return [...byHead.entries()]
    .map(([headId, items]) => {
      const unique = [...new Map(items.map((i) => [i.node, i])).values()].sort((a, b) => a.year - b.year);
      const head = unique.find((i) => i.node === headId)!;
      return {
        headId,
        items: unique.map((i) => ({ id: i.node, label: i.label, year: i.year, slug: i.slug, state: i.state, independent: i.independent })),
        links: [...new Set(items.filter((i) => i.via).map((i) => `${i.via}>${i.node}`))].map((k) => {
          const [fromId, toId] = k.split(">") as [string, string];
          return { fromId, toId };
        }),
        firstYear: unique[0]!.year,
        outstanding: head.independent !== "FULLY_IMPLEMENTED",
      };
    })
    .sort((a, b) => a.firstYear - b.firstYear || b.items.length - a.items.length);
}

/** Earlier and later forms of one recommendation (current links). */
export async function linksOf(recommendationId: string) {
  const db = await prisma();
  const sel = { label: true, id: true, text: true, cycle: { select: { year: true, title: true, slug: true } } } as const;
  const [earlier, later] = await Promise.all([
    db.recommendationLink.findMany({ where: { fromId: recommendationId }, select: { kind: true, note: true, to: { select: sel } }, orderBy: { to: { cycle: { year: "desc" } } } }),
    db.recommendationLink.findMany({ where: { toId: recommendationId }, select: { kind: true, note: true, from: { select: sel } }, orderBy: { from: { cycle: { year: "asc" } } } }),
  ]);
  return { earlier: earlier.map((l) => ({ kind: l.kind, note: l.note, rec: l.to })), later: later.map((l) => ({ kind: l.kind, note: l.note, rec: l.from })) };
}

/** Candidates for "repeats an earlier recommendation": all recommendations of earlier cycles. */
export async function earlierRecommendations(recommendationId: string) {
  const db = await prisma();
  const rec = await db.recommendation.findUnique({ where: { id: recommendationId }, select: { cycle: { select: { year: true } } } });
  if (!rec) return [];
  return db.recommendation.findMany({
    where: { cycle: { year: { lt: rec.cycle.year } } },
    orderBy: [{ cycle: { year: "asc" } }, { order: "asc" }],
    select: { id: true, label: true, text: true, cycle: { select: { year: true } } },
  });
}
