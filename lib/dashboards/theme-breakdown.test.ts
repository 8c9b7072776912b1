// A cycle's dashboard by theme: per theme, the counts in both lenses are lib/status's for the scope "this cycle
// and this theme" (the same definitions as every figure), whatever the moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { bulkAssignTheme } from "@/lib/themes/mutations";
import { BulkAssignSchema } from "@/lib/themes/schema";
import { statusRows, tallies } from "@/lib/status/figures";
import { NOW, type Moment } from "@/lib/status/moment";
import { cycleDashboard } from "./queries";

describe(`a cycle's theme breakdown on ${testEngine}`, () => {
  let db: Database;
  let cycleId: string;
  const themeIds: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
    const recs = async (slug: string, labels: string[]) =>
      (
        await db.prisma.recommendation.findMany({
          where: { cycle: { slug }, label: { in: labels } },
          select: { id: true },
        })
      ).map((r) => r.id);
    const give = async (name: string, ids: string[]) => {
      themeIds[name] = (await db.prisma.theme.findUniqueOrThrow({ where: { name } })).id;
      const done = await bulkAssignTheme(
        db.prisma,
        ed,
        BulkAssignSchema.parse({ recommendationIds: ids, themeId: themeIds[name] }),
      );
      if (done.kind !== "ok") throw new Error(`theme ${name} refused: ${JSON.stringify(done)}`);
    };
    // Media: three of 2011 and one of 2005 (which the 2011 dashboard must not count); Election day overlaps Media.
    await give("Media", [...(await recs("kz-2011", ["1", "19", "20"])), ...(await recs("kz-2005", ["17"]))]);
    await give("Election day", await recs("kz-2011", ["20", "21"]));
  });
  afterAll(async () => {
    await db?.close();
  });

  for (const [when, m] of [
    ["now", NOW],
    ["on 2011-12-31 as recorded now", { on: "2011-12-31", asOf: null }],
  ] as [string, Moment][]) {
    it(`gives each theme the counts lib/status gives for the cycle and the theme (${when})`, async () => {
      const d = (await cycleDashboard("kz-2011", m, {}, null))!;
      expect(d.byTheme.map((t) => t.label)).toEqual(["Election day", "Media"]);
      for (const row of d.byTheme) {
        const expected = (await tallies(m, { cycleIds: [cycleId], themeId: row.key }, "all")).get(null);
        expect(row.tally).toEqual(expected);
        // …and the list behind it: the theme's recommendations that are of this cycle.
        const listed = (await statusRows(m, { themeId: row.key })).filter((r) => r.cycleId === cycleId);
        expect(row.tally.total).toBe(listed.length);
      }
      expect(d.byTheme.find((t) => t.label === "Media")!.tally.total).toBe(3);
      expect(d.byTheme.find((t) => t.label === "Election day")!.tally.total).toBe(2);
    });
  }

  it("combines the cycle and theme scopes with AND, and an empty cycle list counts nothing", async () => {
    const across = (await tallies(NOW, { themeId: themeIds.Media! }, "all")).get(null)!;
    expect(across.total).toBe(4);
    expect((await tallies(NOW, { cycleIds: [], themeId: themeIds.Media! }, "all")).size).toBe(0);
  });
});
