import "server-only";
import { prisma } from "@/lib/db/client";
import { statusRows } from "@/lib/status/figures";
import type { Moment } from "@/lib/status/moment";
import { source } from "@/lib/status/sources";
import type { StatusOptions } from "@/lib/status/sql";
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
  items: {
    id: string;
    label: string;
    year: number;
    slug: string;
    state: StateResponseStatus | null;
    independent: AssessmentStatus | null;
  }[];
  /** The links actually recorded (later → earlier), so a page never implies one that was not made. */
  links: { fromId: string; toId: string }[];
  firstYear: number;
  /** Not (yet) assessed as fully implemented at its latest form. */
  outstanding: boolean;
}

type Walked = Omit<Chain, "outstanding" | "items"> & { items: Omit<Chain["items"][number], "state" | "independent">[] };

/** The chains of the links recorded at the moment, oldest first form first, longest first; no statuses yet. */
async function walkChains(m: Moment): Promise<Walked[]> {
  const db = await prisma();
  const rows = await db.$queryRaw<Omit<ChainRow, "state" | "independent">[]>`
    WITH RECURSIVE live AS (SELECT l.from_id, l.to_id FROM ${source("recommendation_links", m)} l),
    chain AS (
      SELECT h.from_id AS head, h.from_id AS node, NULL::text AS via, 0 AS depth
      FROM (SELECT DISTINCT from_id FROM live WHERE from_id NOT IN (SELECT to_id FROM live)) h
      UNION ALL
      SELECT c.head, l.to_id, c.node, c.depth + 1 FROM chain c JOIN live l ON l.from_id = c.node WHERE c.depth < 20)
    SELECT DISTINCT c.head, c.node, c.via, c.depth, r.label, cy.year, cy.slug
    FROM chain c JOIN recommendations r ON r.id = c.node JOIN election_cycles cy ON cy.id = r.cycle_id
    ORDER BY c.head, cy.year, r.label`;
  const byHead = new Map<string, typeof rows>();
  for (const r of rows) byHead.set(r.head, [...(byHead.get(r.head) ?? []), r]);
  return [...byHead.entries()]
    .map(([headId, items]) => {
      const unique = [...new Map(items.map((i) => [i.node, i])).values()].sort((a, b) => a.year - b.year);
      return {
        headId,
        items: unique.map((i) => ({ id: i.node, label: i.label, year: i.year, slug: i.slug })),
        links: [...new Set(items.filter((i) => i.via).map((i) => `${i.via}>${i.node}`))].map((k) => {
          const [fromId, toId] = k.split(">") as [string, string];
          return { fromId, toId };
        }),
        firstYear: unique[0]!.year,
      };
    })
    .sort((a, b) => a.firstYear - b.firstYear || b.items.length - a.items.length || a.headId.localeCompare(b.headId));
}

/** Each form's two statuses at the moment; outstanding while the latest form is not assessed as fully implemented. */
async function withStatus(chains: Walked[], m: Moment, o: StatusOptions): Promise<Chain[]> {
  const ids = [...new Set(chains.flatMap((c) => c.items.map((i) => i.id)))];
  const status = new Map((await statusRows(m, { ids }, {}, o)).map((s) => [s.id, s]));
  return chains.map((c) => ({
    ...c,
    items: c.items.map((i) => ({
      ...i,
      state: status.get(i.id)?.state ?? null,
      independent: status.get(i.id)?.independent ?? null,
    })),
    outstanding: status.get(c.headId)?.independent !== "FULLY_IMPLEMENTED",
  }));
}

/** Chains of recurring recommendations at the moment, walked back in the database. */
export async function recurringChains(m: Moment, o: StatusOptions): Promise<Chain[]> {
  return withStatus(await walkChains(m), m, o);
}

export const CHAINS_PAGE_SIZE = 50;

/**
 * One page of chains (statuses computed for that page only), with how many
 * chains there are and how many are outstanding (from their latest forms).
 */
export async function recurringChainsPage(m: Moment, o: StatusOptions, page = 1) {
  const all = await walkChains(m);
  const heads = await statusRows(m, { ids: all.map((c) => c.headId) }, {}, o);
  const outstanding = all.length - heads.filter((h) => h.independent === "FULLY_IMPLEMENTED").length;
  const chains = await withStatus(all.slice((page - 1) * CHAINS_PAGE_SIZE, page * CHAINS_PAGE_SIZE), m, o);
  return {
    page,
    pageSize: CHAINS_PAGE_SIZE,
    pages: Math.max(1, Math.ceil(all.length / CHAINS_PAGE_SIZE)),
    total: all.length,
    outstanding,
    chains,
  };
}

/** Earlier and later forms of one recommendation (current links). */
export async function linksOf(recommendationId: string) {
  const db = await prisma();
  const sel = {
    label: true,
    id: true,
    text: true,
    cycle: { select: { year: true, title: true, slug: true } },
  } as const;
  const [earlier, later] = await Promise.all([
    db.recommendationLink.findMany({
      where: { fromId: recommendationId },
      select: { kind: true, note: true, to: { select: sel } },
      orderBy: { to: { cycle: { year: "desc" } } },
    }),
    db.recommendationLink.findMany({
      where: { toId: recommendationId },
      select: { kind: true, note: true, from: { select: sel } },
      orderBy: { from: { cycle: { year: "asc" } } },
    }),
  ]);
  return {
    earlier: earlier.map((l) => ({ kind: l.kind, note: l.note, rec: l.to })),
    later: later.map((l) => ({ kind: l.kind, note: l.note, rec: l.from })),
  };
}

export const LINK_SEARCH_LIMIT = 20;

/**
 * Candidates for "repeats an earlier recommendation": recommendations of
 * earlier cycles of the same country whose label or text contains the words
 * searched for, a few at a time (never a list of every recommendation).
 */
export async function searchEarlier(recommendationId: string, query: string) {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const db = await prisma();
  const rec = await db.recommendation.findUnique({
    where: { id: recommendationId },
    select: { cycle: { select: { year: true, countryId: true } } },
  });
  if (!rec) return [];
  return db.recommendation.findMany({
    where: {
      cycle: { year: { lt: rec.cycle.year }, countryId: rec.cycle.countryId },
      AND: words.map((w) => ({
        OR: [{ label: { equals: w } }, { text: { contains: w, mode: "insensitive" as const } }],
      })),
      linksTo: { none: { fromId: recommendationId } },
    },
    orderBy: [{ cycle: { year: "desc" } }, { order: "asc" }],
    take: LINK_SEARCH_LIMIT,
    select: { id: true, label: true, text: true, cycle: { select: { year: true, title: true } } },
  });
}
