import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { NOW } from "@/lib/status/moment";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { backdateRecorded } from "@/lib/test/history";
import { linkRecommendations } from "./mutations";
import { cycleRepeats } from "./lineage";

const dayBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe(`a cycle's repeats of earlier recommendations on ${testEngine}`, () => {
  let db: Database;
  let cycle: Record<string, string>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    const cycles = await db.prisma.electionCycle.findMany({ select: { id: true, slug: true } });
    cycle = Object.fromEntries(cycles.map((c) => [c.slug, c.id]));
    ids = {
      r2005: await recommendationId(db, "kz-2005", "17"),
      r2007: await recommendationId(db, "kz-2007", "15"),
      r2011: await recommendationId(db, "kz-2011", "13"),
      r2011b: await recommendationId(db, "kz-2011", "19"),
    };
    const link = async (fromId: string, toId: string, kind: "REPEATS" | "BUILDS_ON") =>
      expect((await linkRecommendations(db.prisma, ed, { fromId, toId, kind })).kind).toBe("ok");
    await link(ids.r2011!, ids.r2007!, "REPEATS");
    // Builds on: taken further, not the same recommendation still waiting. Not a repeat.
    await link(ids.r2011b!, ids.r2007!, "BUILDS_ON");
    // What was recorded so far counts as recorded two days ago; the last link of the chain is recorded today.
    await backdateRecorded(db, dayBefore(2));
    await link(ids.r2007!, ids.r2005!, "REPEATS");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("follows the chain across three cycles back to its earliest form", async () => {
    const page = await cycleRepeats(cycle["kz-2011"]!, NOW);
    expect([page.total, page.page, page.pages]).toEqual([1, 1, 1]);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: ids.r2011,
      label: "13",
      earliest: { id: ids.r2005, label: "17", year: 2005, slug: "kz-2005" },
      earlierForms: 2,
    });
    const p2007 = await cycleRepeats(cycle["kz-2007"]!, NOW);
    expect(p2007.items.map((i) => [i.label, i.earliest.year, i.earlierForms])).toEqual([["15", 2005, 1]]);
    expect((await cycleRepeats(cycle["kz-2005"]!, NOW)).items).toEqual([]);
  });

  it("says in each lens whether it is still outstanding, from lib/status", async () => {
    const [item] = (await cycleRepeats(cycle["kz-2011"]!, NOW)).items;
    // The CEC answered 2011 13 "Recommendation is implemented"; nobody has assessed it independently.
    expect(item).toMatchObject({
      state: "IMPLEMENTED",
      independent: "NOT_YET_ASSESSED",
      outstandingByState: false,
      outstandingIndependently: true,
    });
    // Before the CEC's answer, it was outstanding in both lenses.
    const [mid2011] = (await cycleRepeats(cycle["kz-2011"]!, { on: "2011-06-01", asOf: null })).items;
    expect(mid2011).toMatchObject({ state: "NO_RESPONSE", outstandingByState: true });
  });

  it("walks the links as recorded on a day", async () => {
    const [then] = (await cycleRepeats(cycle["kz-2011"]!, { on: null, asOf: dayBefore(1) })).items;
    expect(then!.earliest).toMatchObject({ year: 2007, label: "15" });
    expect(then!.earlierForms).toBe(1);
    expect((await cycleRepeats(cycle["kz-2007"]!, { on: null, asOf: dayBefore(1) })).total).toBe(0);
  });

  it("pages, and says how many there are past the last page", async () => {
    const past = await cycleRepeats(cycle["kz-2011"]!, NOW, 2);
    expect([past.items.length, past.total, past.pages]).toEqual([0, 1, 1]);
  });
});
