// The language of a stored original (a recommendation's or response's text, a document's title): set by editors,
// audited as an update of that record in the same transaction, refused without a trace when it cannot be.
// On both engines (TEST_DB=postgres for PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { verifyTables } from "@/lib/audit/verify-tables";
import { verifyAuditChain } from "@/lib/audit/verify";
import { emptyNames, readableEvent } from "@/lib/audit/readable";
import { addTranslation, setOriginalLanguage } from "./mutations";
import { textIn } from "./queries";
import { SetOriginalLanguageSchema } from "./schema";

describe(`the language of an original on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  const count = () => db.prisma.auditEvent.count();

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("marks a response's text as Russian: one update event, a new version, the replay still matches", async () => {
    const rec = await recommendationId(db, "kz-2011", "3(a)");
    const before = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: rec, text: { not: null } },
    });
    const versions = () => db.prisma.stateResponseVersion.count({ where: { id: before.id } });
    const versionsBefore = await versions();
    const r = await setOriginalLanguage(db.prisma, u.actor(u.editor), {
      subject: "RESPONSE_TEXT",
      subjectId: before.id,
      language: "RU",
      reason: "The CEC answered in Russian",
    });
    expect(r).toEqual({ kind: "ok", value: { id: before.id } });
    const after = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: before.id } });
    expect([after.textLanguage, after.version, after.text]).toEqual(["RU", before.version + 1, before.text]);
    expect(await versions()).toBe(versionsBefore + 1);

    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "StateResponse", entityId: before.id },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({
      action: "update",
      recommendationId: rec,
      reason: "The CEC answered in Russian",
      changes: { textLanguage: { from: "EN", to: "RU" }, version: { from: before.version, to: before.version + 1 } },
    });
    const lines = readableEvent(event, emptyNames()).lines.map((l) => [l.label, l.from, l.to]);
    expect(lines).toContainEqual(["Language of the original", "English", "Russian"]);
    // Readers asking for Russian now read the original, which is Russian.
    expect(await textIn({ subject: "RESPONSE_TEXT", id: before.id }, "RU", { editor: false })).toMatchObject({
      isOriginal: true,
      language: "RU",
      originalLanguage: "RU",
    });
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("marks a document's title and a recommendation's text, each audited on its own record", async () => {
    const doc = await db.prisma.document.findFirstOrThrow({ where: { cycle: { slug: "kz-2007" } } });
    const d = await setOriginalLanguage(db.prisma, u.actor(u.admin), {
      subject: "DOCUMENT_TITLE",
      subjectId: doc.id,
      language: "KK",
      reason: undefined,
    });
    expect(d.kind).toBe("ok");
    expect((await db.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).titleLanguage).toBe("KK");
    const rec = await recommendationId(db, "kz-2005", "17");
    const r = await setOriginalLanguage(db.prisma, u.actor(u.editor), {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "RU",
      reason: undefined,
    });
    expect(r.kind).toBe("ok");
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: { in: [doc.id, rec] }, action: "update" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.entityType, Object.keys(e.changes as object).sort()])).toEqual([
      ["Document", ["titleLanguage", "version"]],
      ["Recommendation", ["textLanguage", "version"]],
    ]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("refuses the same language, a language a translation holds, and a missing text, writing nothing", async () => {
    const rec = await recommendationId(db, "kz-2007", "15");
    const added = await addTranslation(db.prisma, u.actor(u.editor), {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "KK",
      kind: "WORKING",
      text: "Аударма",
      translator: "Eve Editor",
    });
    expect(added.kind).toBe("ok");
    const events = await count();
    const row = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: rec } });
    const ed = u.actor(u.editor);
    const same = await setOriginalLanguage(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "EN",
      reason: undefined,
    });
    expect(same).toMatchObject({ kind: "invalid", fieldErrors: { language: [expect.stringContaining("English")] } });
    const taken = await setOriginalLanguage(db.prisma, ed, {
      subject: "RECOMMENDATION_TEXT",
      subjectId: rec,
      language: "KK",
      reason: undefined,
    });
    expect(taken).toMatchObject({ kind: "invalid", fieldErrors: { language: [expect.stringContaining("Kazakh")] } });
    const missing = await setOriginalLanguage(db.prisma, ed, {
      subject: "RESPONSE_TEXT",
      subjectId: "ckmissing0000000000000000",
      language: "RU",
      reason: undefined,
    });
    expect(missing.kind).toBe("not-found");
    expect(await count()).toBe(events);
    expect(await db.prisma.recommendation.findUniqueOrThrow({ where: { id: rec } })).toEqual(row);
  });

  it("validates the form: one message per field", () => {
    const r = SetOriginalLanguageSchema.safeParse({ subject: "FOLLOW_UP", subjectId: "", language: "FR" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({
      subject: "Choose which text this translates",
      subjectId: expect.any(String),
      language: "Choose the language of the original",
    });
    expect(r.error!.issues).toHaveLength(3);
  });
});
