// The one definition of coverage (./coverage-text.ts for its words): per cycle, the recommendations recorded at
// the moment's recorded clock, against the number the report gives (the cycle's current recommendationCount).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Moment } from "./moment";
import { source } from "./sources";
import type { Coverage } from "./coverage-text";

export type { Coverage };

export async function coverage(m: Moment, cycleIds: string[]): Promise<Map<string, Coverage>> {
  if (cycleIds.length === 0) return new Map();
  const db = await prisma();
  const rows = await db.$queryRaw<{ id: string; expected: number | null; recorded: number; items: number }[]>`
    SELECT c.id, c.recommendation_count AS expected,
           count(DISTINCT r.number)::int AS recorded, count(r.id)::int AS items
    FROM election_cycles c LEFT JOIN ${source("recommendations", m)} r ON r.cycle_id = c.id
    WHERE c.id IN (${Prisma.join(cycleIds)})
    GROUP BY c.id, c.recommendation_count`;
  return new Map(rows.map((r) => [r.id, { recorded: r.recorded, items: r.items, expected: r.expected }]));
}

export async function cycleCoverage(m: Moment, cycleId: string): Promise<Coverage> {
  return (await coverage(m, [cycleId])).get(cycleId) ?? { recorded: 0, items: 0, expected: null };
}
