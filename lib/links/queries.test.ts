import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { NOW } from "@/lib/status/moment";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { backdateRecorded } from "@/lib/test/history";
import { linkRecommendations } from "./mutations";
import { recurringChains, recurringChainsPage } from "./queries";

const dayBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe(`recurring chains on both clocks on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const [r2005, r2007, r2011] = await Promise.all([
      recommendationId(db, "kz-2005", "17"),
      recommendationId(db, "kz-2007", "15"),
      recommendationId(db, "kz-2011", "19"),
    ]);
    await linkRecommendations(db.prisma, u.actor(u.editor), { fromId: r2011, toId: r2007, kind: "REPEATS" });
    // What was recorded so far counts as recorded two days ago; the next link is recorded today.
    await backdateRecorded(db, dayBefore(2));
    await linkRecommendations(db.prisma, u.actor(u.editor), { fromId: r2007, toId: r2005, kind: "BUILDS_ON" });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("walks the links as recorded on a day", async () => {
    expect((await recurringChains(NOW, {}))[0]!.items.map((i) => `${i.year} ${i.label}`)).toEqual([
      "2005 17",
      "2007 15",
      "2011 19",
    ]);
    const yesterday = await recurringChains({ on: null, asOf: dayBefore(1) }, {});
    expect(yesterday[0]!.items.map((i) => `${i.year} ${i.label}`)).toEqual(["2007 15", "2011 19"]);
    expect(yesterday[0]!.firstYear).toBe(2007);
  });

  it("gives the latest form's status on a day in the world", async () => {
    const [now] = await recurringChains(NOW, {});
    expect(now!.items.at(-1)!.state).not.toBe("NO_RESPONSE");
    // The CEC's answers on the 2011 report were not given yet in mid-2011.
    const [mid2011] = await recurringChains({ on: "2011-06-01", asOf: null }, {});
    expect(mid2011!.items.at(-1)).toMatchObject({ label: "19", state: "NO_RESPONSE", independent: "NOT_YET_ASSESSED" });
    expect(mid2011!.outstanding).toBe(true);
  });

  it("gives a page of chains with the count of all, and of the outstanding ones", async () => {
    const p = await recurringChainsPage(NOW, {}, 1);
    expect([p.page, p.pages, p.total, p.outstanding, p.chains.length]).toEqual([1, 1, 1, 1, 1]);
    expect(p.chains).toEqual(await recurringChains(NOW, {}));
    expect((await recurringChainsPage(NOW, {}, 2)).chains).toEqual([]);
  });
});
