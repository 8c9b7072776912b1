import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { listAuditEvents } from "@/lib/audit/queries";
import { verifyTables } from "@/lib/audit/verify-tables";
import { tallies } from "@/lib/status/figures";
import { NOW } from "@/lib/status/moment";
import { tally } from "@/lib/dashboards/tally";
import { bulkAssignTheme, createTheme, editTheme, setThemes } from "./mutations";
import { BulkAssignSchema, SEED_THEMES, SetThemesSchema } from "./schema";
import { themeDashboard } from "./queries";
import { search } from "@/lib/search/queries";

describe(`themes on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  const theme = async (name: string) => (await db.prisma.theme.findUniqueOrThrow({ where: { name } })).id;
  const events = (entityType: string) =>
    db.prisma.auditEvent.findMany({ where: { entityType }, orderBy: { seq: "asc" } });
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("seeds the list, audited, and gives no seeded recommendation a theme", async () => {
    const names = (await db.prisma.theme.findMany({ orderBy: { name: "asc" } })).map((t) => t.name);
    expect(names).toEqual([...SEED_THEMES].sort((a, b) => a.localeCompare(b)));
    expect((await events("Theme")).filter((e) => e.action === "create")).toHaveLength(SEED_THEMES.length);
    expect(await db.prisma.recommendationTheme.count()).toBe(0);
  });

  it("lets an admin add, rename and deactivate a theme, each change audited; names stay unique", async () => {
    const admin = u.actor(u.admin);
    expect((await createTheme(db.prisma, admin, { name: "Media" })).kind).toBe("invalid");
    const added = await createTheme(db.prisma, admin, { name: "Security sector" });
    if (added.kind !== "ok") throw new Error("not added");
    const id = added.value.id;
    expect((await editTheme(db.prisma, admin, { id, version: 1, name: "Media", active: true })).kind).toBe("invalid");
    expect((await editTheme(db.prisma, admin, { id, version: 1, name: "Security", active: true })).kind).toBe("ok");
    expect((await editTheme(db.prisma, admin, { id, version: 2, name: "Security", active: false })).kind).toBe("ok");
    const mine = (await events("Theme")).filter((e) => e.entityId === id);
    expect(mine.map((e) => [e.action, e.changes])).toEqual([
      [
        "create",
        {
          name: { from: null, to: "Security sector" },
          active: { from: null, to: true },
          version: { from: null, to: 1 },
        },
      ],
      ["update", { name: { from: "Security sector", to: "Security" }, version: { from: 1, to: 2 } }],
      ["update", { active: { from: true, to: false }, version: { from: 2, to: 3 } }],
    ]);
    // A deactivated theme cannot be given any more.
    const rec = await recommendationId(db, "kz-2011", "1");
    const out = await setThemes(
      db.prisma,
      u.actor(u.editor),
      SetThemesSchema.parse({ recommendationId: rec, themeIds: id }),
    );
    expect(out).toEqual({ kind: "invalid", fieldErrors: { themeIds: ["Choose a theme from the list"] } });
  });

  it("gives and takes away themes, one audited event each, said in words, and the tables match the log", async () => {
    const ed = u.actor(u.editor);
    const [media, campaign] = [await theme("Media"), await theme("Campaign")];
    const rec = await recommendationId(db, "kz-2011", "3(a)");
    const set = (themeIds: string[]) =>
      setThemes(db.prisma, ed, SetThemesSchema.parse({ recommendationId: rec, themeIds }));
    expect((await set([media, campaign])).kind).toBe("ok");
    expect((await set([media])).kind).toBe("ok");
    expect((await set([media])).kind).toBe("ok"); // nothing changes: nothing recorded
    const mine = (await events("RecommendationTheme")).filter((e) => e.recommendationId === rec);
    expect(mine.map((e) => [e.action, e.entityId])).toEqual([
      ["assign", `${rec}:${campaign}`],
      ["assign", `${rec}:${media}`],
      ["unassign", `${rec}:${campaign}`],
    ]);
    const rows = await db.prisma.recommendationTheme.findMany({ where: { recommendationId: rec } });
    expect(rows.map((r) => r.themeId)).toEqual([media]);
    const page = await listAuditEvents({ cycle: "kz-2011" }, false);
    const words = page.events.filter((e) => e.recommendation?.id === rec).map((e) => `${e.what} ${e.record}`);
    expect(words.slice(0, 3)).toEqual([
      "Unassigned Theme of a recommendation: Campaign",
      "Assigned Theme of a recommendation: Media",
      "Assigned Theme of a recommendation: Campaign",
    ]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
    // A row removed outside the app is reported.
    await db.sql.query(`DELETE FROM recommendation_themes WHERE recommendation_id = $1`, [rec]);
    const report = await verifyTables(db.prisma);
    expect(report.problems.map((p) => [p.entityType, p.message])).toEqual([
      ["RecommendationTheme", "the row is missing: it was deleted outside the app"],
    ]);
    expect((await set([])).kind).toBe("ok"); // the row is gone: nothing to take away, nothing recorded
    expect((await set([media])).kind).toBe("ok");
    expect((await verifyTables(db.prisma)).ok).toBe(true);
  });

  it("bulk assignment: one event per recommendation, all or nothing", async () => {
    const ed = u.actor(u.editor);
    const media = await theme("Media");
    const recs = await db.prisma.recommendation.findMany({
      where: { cycle: { slug: { in: ["kz-2005", "kz-2011"] } } },
      select: { id: true },
    });
    const before = (await events("RecommendationTheme")).length;
    const missing = "c" + "x".repeat(24);
    const refused = await bulkAssignTheme(
      db.prisma,
      ed,
      BulkAssignSchema.parse({ recommendationIds: [...recs.map((r) => r.id), missing], themeId: media }),
    );
    expect(refused.kind).toBe("not-found");
    expect((await events("RecommendationTheme")).length).toBe(before);
    expect(await db.prisma.recommendationTheme.count({ where: { themeId: media } })).toBe(1);

    const done = await bulkAssignTheme(
      db.prisma,
      ed,
      BulkAssignSchema.parse({ recommendationIds: recs.map((r) => r.id), themeId: media }),
    );
    if (done.kind !== "ok") throw new Error("refused");
    expect(done.value).toMatchObject({ added: recs.length - 1, already: 1, name: "Media" });
    const added = (await events("RecommendationTheme")).slice(before);
    expect(added).toHaveLength(recs.length - 1);
    expect(new Set(added.map((e) => e.recommendationId)).size).toBe(recs.length - 1);
    expect(added.every((e) => e.action === "assign" && e.actorId === u.editor.id)).toBe(true);
    expect((await verifyTables(db.prisma)).ok).toBe(true);
  });

  it("counts a theme across cycles as the per-cycle figures summed, status from lib/status", async () => {
    const media = await theme("Media");
    const cycles = await db.prisma.electionCycle.findMany({
      where: { slug: { in: ["kz-2005", "kz-2011"] } },
      select: { id: true },
    });
    const perCycle = await tallies(NOW, { cycleIds: cycles.map((c) => c.id) }, "cycle");
    const byTheme = await tallies(NOW, { themeId: media }, "cycle");
    for (const c of cycles) expect(byTheme.get(c.id)).toEqual(perCycle.get(c.id));
    const summed = await tallies(NOW, { cycleIds: cycles.map((c) => c.id) }, "all");
    const dash = await themeDashboard(media, NOW, {});
    expect(dash!.total).toEqual(summed.get(null) ?? tally([]));
    expect(dash!.cycles.map((c) => c.year)).toEqual([2005, 2011]);
    expect(dash!.cycles.map((c) => c.items.length)).toEqual(cycles.map(() => expect.any(Number)));
    expect(dash!.cycles.reduce((n, c) => n + c.items.length, 0)).toBe(dash!.total.total);
  });

  it("filters search results by theme across cycles", async () => {
    const ed = u.actor(u.editor);
    const observers = await theme("Observers");
    const a = await recommendationId(db, "kz-2005", "17");
    const b = await recommendationId(db, "kz-2011", "19");
    for (const recommendationId of [a, b])
      expect(
        (await setThemes(db.prisma, ed, SetThemesSchema.parse({ recommendationId, themeIds: observers }))).kind,
      ).toBe("ok");
    const all = await search("election", {}, { includeInternal: false, page: 1 });
    const themed = await search("election", { theme: observers }, { includeInternal: false, page: 1 });
    expect(all.total).toBeGreaterThan(themed.total);
    const found = new Set(themed.hits.map((h) => h.recommendation?.id));
    expect(found.size).toBeGreaterThan(0);
    expect([...found].every((id) => id === a || id === b)).toBe(true);
    expect(themed.hits.every((h) => h.kind !== "document")).toBe(true);
  });
});
