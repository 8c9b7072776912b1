// Translations of stored texts: audited add/correct/remove, official ones need a source, what readers see,
// and the fallbacks of textIn. On both engines (TEST_DB=postgres for PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { verifyTables } from "@/lib/audit/verify-tables";
import { verifyAuditChain } from "@/lib/audit/verify";
import { emptyNames, readableEvent } from "@/lib/audit/readable";
import { withdrawResponse } from "@/lib/responses/mutations";
import { addTranslation, correctTranslation, removeTranslation } from "./mutations";
import { textIn, textsIn, translationsOf } from "./queries";
import { AddTranslationSchema, CorrectTranslationSchema } from "./schema";
import { readingNote } from "./languages";

const EDITOR = { editor: true };
const READER = { editor: false };
const RU = "Для сохранения тайны голосования следует отменить четырёхзначный контрольный код.";

describe(`translations of stored texts on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  const events = (entityId: string) =>
    db.prisma.auditEvent.findMany({ where: { entityType: "ContentTranslation", entityId }, orderBy: { seq: "asc" } });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2007", "15");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("adds, corrects and removes a working translation, each audited and matching the replay", async () => {
    const ed = u.actor(u.editor);
    const added = await addTranslation(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "RU",
      kind: "WORKING",
      text: RU,
      translator: "Eve Editor",
    });
    expect(added.kind).toBe("ok");
    const id = added.kind === "ok" ? added.value.id : "";
    const corrected = await correctTranslation(db.prisma, ed, {
      id,
      version: 1,
      kind: "WORKING",
      text: `${RU} Исправлено.`,
      translator: "Eve Editor",
      reason: "typo",
    });
    expect(corrected.kind).toBe("ok");
    // A form opened at version 1 is now stale: nothing written.
    const stale = await correctTranslation(db.prisma, ed, {
      id,
      version: 1,
      kind: "WORKING",
      text: "x",
      translator: "y",
      reason: undefined,
    });
    expect(stale.kind).toBe("conflict");
    expect((await verifyTables(db.prisma)).problems).toEqual([]);

    const removed = await removeTranslation(db.prisma, ed, { id, reason: "replaced by the official one" });
    expect(removed.kind).toBe("ok");
    expect(await db.prisma.contentTranslation.findUnique({ where: { id } })).toBeNull();
    const log = await events(id);
    expect(log.map((e) => e.action)).toEqual(["add", "correct", "remove-translation"]);
    expect(log.every((e) => e.recommendationId === rec && e.actorLabel === "Eve Editor")).toBe(true);
    expect(log[2]!.reason).toBe("replaced by the official one");
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);

    // The audit page reads them in words, without codes or the text's id.
    const words = readableEvent({ ...log[0]!, seq: log[0]!.seq, hash: log[0]!.hash }, emptyNames());
    expect(words.what).toBe("Added");
    expect(words.record).toBe("Translation");
    const lines = Object.fromEntries(words.lines.map((l) => [l.label, l.to]));
    expect(lines).toMatchObject({
      "Which text": "Recommendation text",
      Language: "Russian",
      "Kind of translation": "Working, not official",
      "Translated by": "Eve Editor",
      Text: RU,
    });
    expect(JSON.stringify(words.lines)).not.toContain(rec);
    expect(readableEvent({ ...log[2]!, hash: log[2]!.hash }, emptyNames()).what).toBe("Translation removed");
  });

  it("refuses an official translation without a source, one message on the field", () => {
    const base = {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "KK",
      kind: "OFFICIAL",
      text: "Мәтін",
      translator: "CEC",
    };
    const r = AddTranslationSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["sourceCitation", "An official translation needs its source: choose a document or cite where it was published"],
    ]);
    expect(AddTranslationSchema.safeParse({ ...base, sourceCitation: "CEC bulletin No. 3, 2008, p. 4" }).success).toBe(
      true,
    );
    expect(AddTranslationSchema.safeParse({ ...base, kind: "WORKING" }).success).toBe(true);
    const c = CorrectTranslationSchema.safeParse({
      id: rec,
      version: "1",
      kind: "OFFICIAL",
      text: "t",
      translator: "x",
    });
    expect(c.success).toBe(false);
    // An empty required field gets one message, not one per rule.
    const empty = AddTranslationSchema.safeParse({ ...base, kind: "WORKING", text: "  " });
    expect(empty.error!.issues.map((i) => i.message)).toEqual(["Translation is required"]);
  });

  it("keeps an official translation with a document as its source; refuses the original's language and twins", async () => {
    const ed = u.actor(u.editor);
    const doc = await db.prisma.document.findFirstOrThrow({ where: { cycle: { slug: "kz-2007" } } });
    const ok = await addTranslation(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "KK",
      kind: "OFFICIAL",
      text: "Дауыс беру құпиясын сақтау үшін төрт таңбалы бақылау коды алынып тасталуы керек.",
      translator: "Central Election Commission",
      sourceDocumentId: doc.id,
    });
    expect(ok.kind).toBe("ok");
    const twin = await addTranslation(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "KK",
      kind: "WORKING",
      text: "басқа",
      translator: "Eve",
    });
    expect(twin).toMatchObject({ kind: "invalid", fieldErrors: { language: [expect.stringContaining("already")] } });
    const english = await addTranslation(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "EN",
      kind: "WORKING",
      text: "Another English text",
      translator: "Eve",
    });
    expect(english).toMatchObject({ kind: "invalid", fieldErrors: { language: [expect.stringContaining("English")] } });

    const kk = await textIn({ subject: "RECOMMENDATION_TEXT", id: rec }, "KK", READER);
    expect(kk).toMatchObject({
      language: "KK",
      isOriginal: false,
      kind: "OFFICIAL",
      translator: "Central Election Commission",
      source: { documentId: doc.id, documentTitle: doc.title, documentSlug: doc.slug, citation: null },
    });
    expect(readingNote(kk!)).toBe("Official translation into Kazakh by Central Election Commission");
  });

  it("textIn: the original when asked for it or when no translation exists, marked as such", async () => {
    const original = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: rec } });
    const en = await textIn({ subject: "RECOMMENDATION_TEXT", id: rec }, "EN", READER);
    expect(en).toEqual({
      text: original.text,
      language: "EN",
      isOriginal: true,
      kind: "ORIGINAL",
      translator: null,
      source: null,
      requested: "EN",
      originalLanguage: "EN",
    });
    expect(readingNote(en!)).toBe("Original, English");
    // No Russian one any more (removed in the first test): the original, with what was asked for.
    const ru = await textIn({ subject: "RECOMMENDATION_TEXT", id: rec }, "RU", READER);
    expect(ru).toMatchObject({ text: original.text, language: "EN", isOriginal: true, requested: "RU" });
    expect(await textIn({ subject: "RECOMMENDATION_TEXT", id: "ckmissing0000000000000000" }, "RU", READER)).toBeNull();
  });

  it("textsIn: many texts at once, each translated where it can be, otherwise its original, marked", async () => {
    const other = await recommendationId(db, "kz-2005", "17");
    const missing = "ckmissing0000000000000000";
    const texts = await textsIn("RECOMMENDATION_TEXT", [rec, other, missing], "KK", READER);
    expect([...texts.keys()].sort()).toEqual([rec, other].sort());
    expect(texts.get(rec)).toMatchObject({ language: "KK", isOriginal: false, kind: "OFFICIAL" });
    expect(texts.get(other)).toMatchObject({ language: "EN", isOriginal: true, kind: "ORIGINAL", requested: "KK" });
    expect((await textsIn("DOCUMENT_TITLE", [], "RU", READER)).size).toBe(0);
  });

  it("shows readers translations of published texts only (a withdrawn response's are for editors)", async () => {
    const ed = u.actor(u.editor);
    const rec2011 = await recommendationId(db, "kz-2011", "3(a)");
    const response = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: rec2011, text: { not: null } },
    });
    const added = await addTranslation(db.prisma, ed, {
      subject: "RESPONSE_TEXT",
      subjectId: response.id,
      language: "RU",
      kind: "WORKING",
      text: "Позиция ЦИК.",
      translator: "Eve Editor",
    });
    expect(added.kind).toBe("ok");
    const entity = { subject: "RESPONSE_TEXT" as const, id: response.id };
    expect((await textIn(entity, "RU", READER))!.kind).toBe("WORKING");
    expect((await translationsOf(entity, READER)).translations.map((t) => t.language)).toEqual(["RU"]);

    const w = await withdrawResponse(db.prisma, ed, { id: response.id, version: response.version, reason: "mistake" });
    expect(w.kind).toBe("ok");
    expect(await textIn(entity, "RU", READER)).toMatchObject({ isOriginal: true, language: "EN" });
    expect((await translationsOf(entity, READER)).translations).toEqual([]);
    expect(await textIn(entity, "RU", EDITOR)).toMatchObject({ isOriginal: false, kind: "WORKING" });
    expect((await translationsOf(entity, EDITOR)).translations).toHaveLength(1);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
