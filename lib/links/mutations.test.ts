import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { linkRecommendations, unlinkRecommendations } from "./mutations";
import { NOW } from "@/lib/status/moment";
import { recurringChains } from "./queries";

const tick = () => new Promise((r) => setTimeout(r, 15));

describe(`recurring recommendations on ${testEngine}`, () => {
  let db: Database;
  let ids: Record<string, string>;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    ids = {
      r2005: await recommendationId(db, "kz-2005", "17"),
      r2007: await recommendationId(db, "kz-2007", "15"),
      r2011: await recommendationId(db, "kz-2011", "19"),
    };
  });
  afterAll(async () => {
    await db?.close();
  });

  it("links only to earlier cycles, once", async () => {
    const ed = u.actor(u.editor);
    expect(
      (await linkRecommendations(db.prisma, ed, { fromId: ids.r2005!, toId: ids.r2011!, kind: "REPEATS" })).kind,
    ).toBe("invalid");
    expect(
      (await linkRecommendations(db.prisma, ed, { fromId: ids.r2011!, toId: ids.r2007!, kind: "REPEATS" })).kind,
    ).toBe("ok");
    expect(
      (await linkRecommendations(db.prisma, ed, { fromId: ids.r2011!, toId: ids.r2007!, kind: "BUILDS_ON" })).kind,
    ).toBe("invalid");
  });

  it("walks chains back to their first form and says how long they are outstanding, as of any date", async () => {
    const before = new Date();
    await tick();
    await linkRecommendations(db.prisma, u.actor(u.editor), {
      fromId: ids.r2007!,
      toId: ids.r2005!,
      kind: "BUILDS_ON",
    });
    const chains = await recurringChains(NOW, {});
    expect(chains).toHaveLength(1);
    expect(chains[0]!.items.map((i) => `${i.year} ${i.label}`)).toEqual(["2005 17", "2007 15", "2011 19"]);
    expect([chains[0]!.firstYear, chains[0]!.outstanding]).toEqual([2005, true]);
    expect(chains[0]!.links).toEqual(
      expect.arrayContaining([
        { fromId: ids.r2011, toId: ids.r2007 },
        { fromId: ids.r2007, toId: ids.r2005 },
      ]),
    );
    expect(chains[0]!.links).toHaveLength(2);
    expect((await recurringChains({ on: null, asOf: before.toISOString() }, {}))[0]!.firstYear).toBe(2007);
  });

  it("unlinks with an audit event", async () => {
    expect(
      (
        await unlinkRecommendations(db.prisma, u.actor(u.editor), {
          fromId: ids.r2007!,
          toId: ids.r2005!,
          reason: "Different subject",
        })
      ).kind,
    ).toBe("ok");
    expect((await recurringChains(NOW, {}))[0]!.firstYear).toBe(2007);
    const actions = await db.prisma.auditEvent.findMany({
      where: { entityType: "RecommendationLink" },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["link", "link", "unlink"]);
  });
});
