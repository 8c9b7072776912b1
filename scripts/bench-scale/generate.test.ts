// The generator writes what the app would: after generating one cycle and
// loading the real seed on top, the audit chain verifies, every row and
// version row equals a replay of the log, time order is chain order, and
// the same seed gives the same chain. Correctness only: no timing here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";
import { seedDatabase } from "@/lib/seed/seed";
import { generate, type Generated } from "./generate";
import { shapeOf } from "./shape";

describe(`benchmark data generator on ${testEngine}`, () => {
  let db: Database;
  let generated: Generated;
  beforeAll(async () => {
    db = await createTestDatabase();
    generated = await generate(db, shapeOf(1));
    await seedDatabase(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("writes about a thousand events for one cycle of 40 recommendations, every kind of series", () => {
    expect(generated.events).toBeGreaterThan(800);
    expect(generated.events).toBeLessThan(1300);
    expect(generated.rows).toMatchObject({ election_cycles: 1, recommendations: 40 });
    for (const t of [
      "state_responses",
      "assessments",
      "follow_ups",
      "recommendation_institutions",
      "follow_up_versions",
    ]) {
      expect(generated.rows[t], t).toBeGreaterThan(0);
    }
  });

  it("leaves a chain that verifies, the seed's events after the generated ones", async () => {
    const chain = await verifyAuditChain(db.prisma);
    expect(chain.problem).toBeNull();
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBeGreaterThan(generated.events);
    expect(await db.prisma.electionCycle.count({ where: { slug: "kz-2011" } })).toBe(1);
  });

  it("leaves rows and version rows equal to a replay of the log", async () => {
    const tables = await verifyTables(db.prisma);
    expect(tables.problems).toEqual([]);
    expect(tables.ok).toBe(true);
    expect(tables.versions).toBeGreaterThan(generated.events / 2);
  });

  it("records events in time order, with corrections, withdrawals and unassignments among them", async () => {
    const [order] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT occurred_at < lag(occurred_at) OVER (ORDER BY seq) AS back FROM audit_events) x WHERE back`,
    );
    expect(order?.n).toBe(0);
    const actions = await db.sql.query<{ action: string }>(`SELECT DISTINCT action FROM audit_events ORDER BY action`);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["assign", "create", "unassign", "update", "withdraw"]),
    );
  });

  it("dates entries no later than the day they were recorded, as the forms require", async () => {
    const [late] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT date_to, created_at FROM follow_ups UNION ALL SELECT date_to, created_at FROM state_responses
       UNION ALL SELECT date_to, created_at FROM assessments) x WHERE date_to > created_at::date`,
    );
    expect(late?.n).toBe(0);
  });

  it("gives the same chain for the same seed", async () => {
    const again = await createTestDatabase();
    try {
      expect((await generate(again, shapeOf(1))).head).toEqual(generated.head);
    } finally {
      await again.close();
    }
  });
});
