import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { execute } from "@/lib/actions/command";
import { addRecommendation } from "@/lib/recommendations/mutations";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addCountryCycles } from "@/lib/test/history";
import { findActiveUser } from "@/lib/users/queries";
import { linkRecommendationsAction } from "./actions";
import { SIMILARITY_THRESHOLD, suggestRepeats, suggestRepeatsFor } from "./similar";

// Test paraphrases (never seeded): how a later report typically restates an earlier recommendation.
const PARAPHRASE = {
  of2011_3a:
    "Clear, objective and reasonable criteria should be established for the transparent evaluation of the " +
    "language fluency of candidates.",
  of2007_15:
    "The user-generated four-digit control code should be eliminated to preserve the secrecy of the vote, and the " +
    "voter register component should be separated from the voting component of the electronic system.",
  of2011_13:
    "The CEC should adopt binding regulations instead of guidelines to clarify the Election Law, with rules for " +
    "registering candidate proxies, official instructions for voting procedures that protect the secrecy of the " +
    "vote, sealing of ballot boxes, the vote count, ballot reconciliation and tabulation.",
};

/** The seed, plus recommendations of the 2012 cycle that restate earlier ones and another country's copy. */
async function setUp(db: Database) {
  const u = await seededWithUsers(db);
  const ed = u.actor(u.editor);
  const cycle = async (slug: string) => (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug } })).id;
  const add = async (cycleId: string, label: string, text: string) => {
    const out = await addRecommendation(db.prisma, ed, {
      cycleId,
      label,
      text,
      priority: "UNSPECIFIED",
      textVerification: "NEEDS_VERIFICATION",
      provenance: "Test paraphrase",
    });
    if (out.kind !== "ok") throw new Error(JSON.stringify(out));
    return out.value.id;
  };
  const kz2012 = await cycle("kz-2012");
  const [xa2005] = await addCountryCycles(db, "XA", "Testland", [2005]);
  const r2011_13 = await recommendationId(db, "kz-2011", "13");
  const r2011_13text = (await db.prisma.recommendation.findUniqueOrThrow({ where: { id: r2011_13 } })).text;
  return {
    u,
    r2007_15: await recommendationId(db, "kz-2007", "15"),
    r2011_13,
    p2012_1: await add(kz2012, "1", PARAPHRASE.of2007_15),
    p2012_2: await add(kz2012, "2", PARAPHRASE.of2011_13),
    // Word for word the 2011 text, but another country's: never a repeat of a Kazakh recommendation.
    other: await add(await cycle(xa2005!), "1", r2011_13text),
  };
}

describe(`suggested repeats on ${testEngine}`, () => {
  let db: Database;
  let t: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    t = await setUp(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("suggests the earlier recommendation a later one restates, with its cycle, excerpt and similarity", async () => {
    const [first, ...rest] = await suggestRepeats(t.p2012_1);
    expect(first).toMatchObject({ id: t.r2007_15, label: "15", cycle: { year: 2007, slug: "kz-2007" } });
    expect(first!.excerpt).toMatch(/^To preserve the secrecy of the vote/);
    expect(first!.similarity).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(first!.similarity).toBeLessThan(1);
    expect(rest.every((s) => s.similarity <= first!.similarity)).toBe(true);
    expect((await suggestRepeats(t.p2012_2))[0]).toMatchObject({ id: t.r2011_13, cycle: { year: 2011 } });
  });

  it("never suggests another country's recommendation, a later or same cycle's, or itself", async () => {
    const all = await suggestRepeatsFor([t.p2012_1, t.p2012_2, t.r2011_13, t.other]);
    const suggested = [...all.values()].flat().map((s) => s.id);
    expect(suggested).not.toContain(t.other);
    expect(suggested).not.toContain(t.p2012_1);
    expect(suggested).not.toContain(t.p2012_2);
    // The other country's 2005 copy has no earlier cycle of its own country; 2011 13 nothing earlier alike.
    expect(all.get(t.other)).toEqual([]);
    expect(all.get(t.r2011_13)).toEqual([]);
  });

  it("leaves the seed's texts alone: 2005 and 2007 share only general wording with 2011", async () => {
    const ids = (await db.prisma.recommendation.findMany({ where: { cycle: { slug: "kz-2011" } } })).map((r) => r.id);
    const all = await suggestRepeatsFor(ids);
    expect(all.size).toBe(ids.length);
    expect([...all.values()].flat()).toEqual([]);
  });

  it("recomputes when an earlier text is added or a text is edited, and keeps the result otherwise", async () => {
    const r3a = await recommendationId(db, "kz-2011", "3(a)");
    expect(await suggestRepeats(r3a)).toEqual([]);
    const cached = await db.prisma.recommendationSimilarCache.findUniqueOrThrow({ where: { recommendationId: r3a } });
    await suggestRepeats(r3a);
    expect(
      (await db.prisma.recommendationSimilarCache.findUniqueOrThrow({ where: { recommendationId: r3a } })).computedAt,
    ).toEqual(cached.computedAt);
    // A 2007 text entered after the 2011 one was first shown.
    const kz2007 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2007" } })).id;
    const out = await addRecommendation(db.prisma, t.u.actor(t.u.editor), {
      cycleId: kz2007,
      label: "24",
      text: PARAPHRASE.of2011_3a,
      priority: "UNSPECIFIED",
      textVerification: "NEEDS_VERIFICATION",
      provenance: "Test paraphrase",
    });
    expect(out.kind).toBe("ok");
    expect((await suggestRepeats(r3a)).map((s) => `${s.cycle.year} ${s.label}`)).toEqual(["2007 24"]);
  });

  it("gives nothing for unknown or malformed ids, and caps the number asked for", async () => {
    const out = await suggestRepeatsFor(["nope", "c".repeat(25)]);
    expect([...out.entries()]).toEqual([
      ["nope", []],
      ["c".repeat(25), []],
    ]);
    expect(await suggestRepeats(t.p2012_2, 1)).toHaveLength(1);
  });

  it("links in one click through the audited link action, then stops suggesting it", async () => {
    const form = new FormData();
    form.set("fromId", t.p2012_2);
    form.set("toId", t.r2011_13);
    form.set("kind", "REPEATS");
    const viewer = await findActiveUser(t.u.viewer.id);
    expect((await execute(linkRecommendationsAction.command, viewer, form)).state.status).not.toBe("ok");
    const editor = await findActiveUser(t.u.editor.id);
    expect((await execute(linkRecommendationsAction.command, editor, form)).state.status).toBe("ok");
    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "RecommendationLink", entityId: `${t.p2012_2}:${t.r2011_13}` },
      select: { action: true, actorLabel: true },
    });
    expect(events).toEqual([{ action: "link", actorLabel: "Eve Editor" }]);
    expect((await suggestRepeats(t.p2012_2)).map((s) => s.id)).not.toContain(t.r2011_13);
  });
});

describe(`the same suggestions on ${testEngine} as on PGlite`, () => {
  it("ranks and scores alike", async () => {
    const a = await createTestDatabase();
    const b = await openDatabase({ dataDir: "memory://" });
    try {
      const results = [];
      for (const db of [a, b]) {
        useAsAppDatabase(db);
        const t = await setUp(db);
        const ids = [t.p2012_1, t.p2012_2, t.r2011_13, t.other];
        const all = await suggestRepeatsFor(ids);
        // Ids differ between databases: compare what people see.
        results.push(ids.map((id) => (all.get(id) ?? []).map((s) => [s.cycle.slug, s.label, s.similarity])));
      }
      expect(results[0]!.flat().length).toBeGreaterThan(0);
      expect(results[0]).toEqual(results[1]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
