import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { seedDatabase } from "./seed";

describe(`seed on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("loads the four cycles, their documents, 2011's 32 items with responses, and the two known texts", async () => {
    const { created } = await seedDatabase(db.prisma);
    expect(created).toMatchObject({ Country: 1, ElectionCycle: 4, Document: 5, StateResponse: 32, Recommendation: 34 });
    const cycles = await db.prisma.electionCycle.findMany({
      orderBy: { year: "asc" },
      select: { slug: true, electionDate: true, _count: { select: { recommendations: true, documents: true } } },
    });
    expect(
      cycles.map((c) => [
        c.slug,
        c.electionDate.toISOString().slice(0, 10),
        c._count.recommendations,
        c._count.documents,
      ]),
    ).toEqual([
      ["kz-2005", "2005-12-04", 1, 0],
      ["kz-2007", "2007-08-18", 1, 1],
      ["kz-2011", "2011-04-03", 32, 3],
      ["kz-2012", "2012-01-15", 0, 1],
    ]);
    const r17 = await db.prisma.recommendation.findFirstOrThrow({ where: { cycle: { slug: "kz-2005" }, label: "17" } });
    expect(r17.textVerification).toBe("NEEDS_VERIFICATION");
    const r15 = await db.prisma.recommendation.findFirstOrThrow({
      where: { cycle: { slug: "kz-2007" }, label: "15" },
      select: { section: { select: { title: true } } },
    });
    expect(r15.section?.title).toBe("C. Electronic Voting");
  });

  it("dates the CEC's 2011 answers by what the sources allow, and cites them without developer wording", async () => {
    const responses = await db.prisma.stateResponse.findMany({
      where: { recommendation: { cycle: { slug: "kz-2011" } } },
    });
    const spans = new Set(
      responses.map(
        (r) => `${r.datePrecision} ${r.dateFrom?.toISOString().slice(0, 10)}..${r.dateTo.toISOString().slice(0, 10)}`,
      ),
    );
    expect(spans).toEqual(new Set(["RANGE 2011-07-13..2011-09-30"]));
    expect(responses[0]!.dateNote).toMatch(/^Undated in our copy\. The latest event it answers is dated 13 July 2011;/);
    const recs = await db.prisma.recommendation.findMany({ select: { sourceLocation: true, provenance: true } });
    for (const r of [
      ...recs.map((x) => `${x.sourceLocation} ${x.provenance}`),
      ...responses.map((x) => x.location ?? ""),
    ]) {
      expect(r).not.toMatch(/text line|test suite|\bline \d+/i);
    }
  });

  it("stores the CEC's figures as claims with their source, not as item data", async () => {
    const claims = await db.prisma.cycleClaim.findMany({
      where: { cycle: { slug: "kz-2005" } },
      select: { value: true, outOf: true, claimant: true, document: { select: { slug: true } } },
    });
    expect(claims).toEqual([
      {
        value: 20,
        outOf: 30,
        claimant: "Central Election Commission of Kazakhstan",
        document: { slug: "kz-2011-cec-comments" },
      },
    ]);
  });

  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const before = await db.prisma.auditEvent.count();
    const { created } = await seedDatabase(db.prisma);
    expect(created).toEqual({});
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.recommendation.count()).toBe(34);
  });

  it("never overwrites what a user edited", async () => {
    const r = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendation: { label: "1", cycle: { slug: "kz-2011" } } },
    });
    // A direct write stands for a user's edit here: the seed must leave it alone.
    await db.prisma.stateResponse.update({
      where: { id: r.id },
      data: { status: "IMPLEMENTED", text: "Edited by a user" },
    });
    await seedDatabase(db.prisma);
    const after = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: r.id } });
    expect([after.status, after.text]).toEqual(["IMPLEMENTED", "Edited by a user"]);
  });

  it("records every created row as an audit event of the system actor", async () => {
    const events = await db.prisma.auditEvent.findMany({
      select: { actorLabel: true, action: true, entityType: true },
    });
    const byType = events.reduce<Record<string, number>>(
      (acc, e) => ({ ...acc, [e.entityType]: (acc[e.entityType] ?? 0) + 1 }),
      {},
    );
    expect(byType).toMatchObject({ ElectionCycle: 4, Recommendation: 34, StateResponse: 32, Document: 5 });
    expect(new Set(events.map((e) => `${e.actorLabel}/${e.action}`))).toEqual(new Set(["System (seed data)/create"]));
  });
});
