// Cyrillic, including the Kazakh letters ә ғ қ ң ө ұ ү һ і: found whatever the
// case in the full-text search and in the "repeats an earlier recommendation"
// search, and sorted by the alphabet, on both engines. Both fold Cyrillic case in
// the database (PGlite's ctype is C.UTF-8, the test server's too); this test is
// the guard that fails if a server runs with the plain C locale, where lower()
// and ILIKE leave Cyrillic unchanged (docs/decisions/018-status-colours.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { searchEarlier } from "@/lib/links/queries";
import { addRecommendation } from "@/lib/recommendations/mutations";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { createTheme } from "@/lib/themes/mutations";
import { themeList } from "@/lib/themes/queries";
import { search } from "./queries";
import { MARK_END, MARK_START } from "./schema";

const TEXT = "ҚАЗАҚСТАН Республикасының Әділет министрлігі сайлаушылар тізімін ұдайы жариялауы тиіс.";
// Russian (with ё) and the Kazakh letters the first text lacks in its searched words: ғ ө ү һ і (and ң).
const TEXT2 =
  "Центральная избирательная комиссия ведёт УЧЁТ протоколов. Шаһар әкімдігі өңірлік комиссияға ғимарат үшін үй-жай береді.";

describe(`Cyrillic search and sorting on ${testEngine}`, () => {
  let db: Database;
  let added = "";
  let added2 = "";
  let later = "";

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    const cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2007" } })).id;
    const out = await addRecommendation(db.prisma, ed, {
      cycleId,
      label: "99",
      text: TEXT,
      priority: "UNSPECIFIED",
      textVerification: "NEEDS_VERIFICATION",
      provenance: "Test text in Kazakh",
    });
    if (out.kind !== "ok") throw new Error(JSON.stringify(out));
    added = out.value.id;
    const out2 = await addRecommendation(db.prisma, ed, {
      cycleId,
      label: "98",
      text: TEXT2,
      priority: "UNSPECIFIED",
      textVerification: "NEEDS_VERIFICATION",
      provenance: "Test text in Russian and Kazakh",
    });
    if (out2.kind !== "ok") throw new Error(JSON.stringify(out2));
    added2 = out2.value.id;
    later = await recommendationId(db, "kz-2011", "1");
    for (const name of ["Өкілдер", "орталық комиссия", "Әйелдер", "Іс жүргізу", "ақпарат", "Ұйымдар", "Үгіт"]) {
      const t = await createTheme(db.prisma, ed, { name });
      if (t.kind !== "ok") throw new Error(JSON.stringify(t));
    }
  }, 120_000);
  afterAll(() => db?.close());

  const found = async (q: string) =>
    (await search(q, {}, { includeInternal: false, page: 1 })).hits.some((h) => h.recommendation?.id === added);

  it.each(["қазақстан", "ҚАЗАҚСТАН", "Қазақстан", "әділет", "ӘДІЛЕТ", "Әділет", "ұдайы", "ҰДАЙЫ"])(
    "full-text search finds the text by %s",
    async (q) => {
      expect(await found(q)).toBe(true);
    },
  );

  const hitOf2 = async (q: string) =>
    (await search(q, {}, { includeInternal: false, page: 1 })).hits.find((h) => h.recommendation?.id === added2);

  it.each([
    ["һ", ["шаһар", "ШАҺАР", "Шаһар"]],
    ["ө ң і", ["өңірлік", "ӨҢІРЛІК", "Өңірлік"]],
    ["ғ", ["ғимарат", "ҒИМАРАТ", "Ғимарат"]],
    ["ү і", ["үшін", "ҮШІН", "Үшін"]],
    ["ә і", ["әкімдігі", "ӘКІМДІГІ"]],
    ["Russian", ["центральная", "ЦЕНТРАЛЬНАЯ", "Избирательная"]],
    ["Russian ё", ["учёт", "Учёт", "УЧЁТ"]],
    ["a phrase and several words", ['"избирательная комиссия"', "ШАҺАР ғимарат", "өңірлік -министрлігі"]],
  ])("full-text search finds Cyrillic with %s whatever the case", async (_letters, queries) => {
    for (const q of queries) expect(await hitOf2(q), q).toBeDefined();
  });

  it("marks the Cyrillic match in the snippet, as written in the text", async () => {
    expect((await hitOf2("ШАҺАР"))!.snippet).toContain(`${MARK_START}Шаһар${MARK_END}`);
    expect((await hitOf2("өңірлік"))!.snippet).toContain(`${MARK_START}өңірлік${MARK_END}`);
  });

  it("does not take һ, ө or ү for a Russian look-alike (х, о, у)", async () => {
    for (const q of ["шахар", "оңірлік", "ушін"]) expect(await hitOf2(q), q).toBeUndefined();
  });

  it("full-text search does not confuse a Kazakh letter with its Russian look-alike", async () => {
    // "казакстан" with к, not қ: another word.
    expect(await found("казакстан")).toBe(false);
  });

  it("finds an earlier recommendation by Cyrillic words in any case", async () => {
    for (const q of ["қазақстан әділет", "ҚАЗАҚСТАН ӘДІЛЕТ", "Министрлігі"]) {
      expect(
        (await searchEarlier(later, q)).map((r) => r.id),
        q,
      ).toContain(added);
    }
  });

  it("the database folds every Kazakh letter", async () => {
    const [row] = await db.prisma.$queryRaw<{ l: string }[]>`SELECT lower('ӘҒҚҢӨҰҮҺІ') AS l`;
    expect(row!.l).toBe("әғқңөұүһі");
  });

  it("lists themes in alphabetical order, not by code point", async () => {
    const names = (await themeList()).map((t) => t.name).filter((n) => /[\u0400-\u04ff]/.test(n));
    // The default (CLDR root) order, until the reader's locale is passed: each Kazakh letter after its base letter.
    // In code-point order every capital would come first and ә, і, ө, ұ, ү after я.
    expect(names).toEqual(["ақпарат", "Әйелдер", "Іс жүргізу", "орталық комиссия", "Өкілдер", "Үгіт", "Ұйымдар"]);
  });
});
