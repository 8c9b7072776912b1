// Evidence files end to end below HTTP: judged by content, stored once per content in the database, audited
// per attach and removal (in words), downloadable by exactly those who may read the entry, checked by
// audit:verify, hidden with internal notes, and carried by a backup.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { pdfOf } from "@/lib/test/pdf";
import { EXE, IMAGES } from "@/lib/test/files";
import { verifyTables } from "@/lib/audit/verify-tables";
import { verifyAuditChain } from "@/lib/audit/verify";
import { readableEvent } from "@/lib/audit/readable";
import { resolveAuditNames } from "@/lib/audit/names";
import { issueApiToken } from "@/lib/api-tokens/mutations";
import { attachFile, sha256Hex } from "@/lib/documents/mutations";
import { addFollowUp, withdrawFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { internalEntryIds, recommendationHistory } from "@/lib/history/timeline";
import { findActiveUser } from "@/lib/users/queries";
import { commitReportImport } from "@/lib/report-import/mutations";
import { revertReportImport } from "@/lib/report-import/revert";
import { CommitImportSchema } from "@/lib/report-import/schema";
import type { SessionUser } from "@/lib/auth/policy";
import { evidenceResponse } from "./download";
import { attachEvidence, removeEvidence } from "./mutations";
import type { EvidenceReader } from "./policy";
import { evidenceOfEntries } from "./queries";
import { evidenceReader } from "./reader";
import { MAX_EVIDENCE_BYTES } from "./schema";
import { uploadEvidence, type EvidenceUpload } from "./upload";

describe(`evidence files on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let users: Record<"viewer" | "editor" | "admin", SessionUser>;
  let rec: string;
  let publicEntry: string;
  let internalEntry: string;
  let response: string;
  let pdf: Uint8Array;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    const find = async (id: string) => (await findActiveUser(id))!;
    users = { viewer: await find(u.viewer.id), editor: await find(u.editor.id), admin: await find(u.admin.id) };
    rec = await recommendationId(db, "kz-2011", "3(a)");
    const add = async (internal: boolean, text: string) => {
      const input = NewFollowUpSchema.parse({ recommendationId: rec, date: "2011-10", actionTaken: text, internal });
      const r = await addFollowUp(db.prisma, u.actor(u.editor), input);
      if (r.kind !== "ok") throw new Error(JSON.stringify(r));
      return r.value.id;
    };
    publicEntry = await add(false, "Draft amendments to the election law were published for comment.");
    internalEntry = await add(true, "Call with the CEC secretary: the draft is stalled.");
    response = (await db.prisma.stateResponse.findFirstOrThrow({ where: { recommendationId: rec } })).id;
    pdf = await pdfOf([["Decree No. 12 of the Central Election Commission"]]);
  });
  afterAll(async () => {
    await db?.close();
  });

  const upload = (who: SessionUser, o: Partial<EvidenceUpload> & Pick<EvidenceUpload, "bytes" | "name">) =>
    uploadEvidence(db.prisma, who, { entryKind: "followUp", entryId: publicEntry, reason: null, ...o });
  const asUser = (who: SessionUser): EvidenceReader => ({ kind: "user", user: who });
  const counts = async () => ({
    rows: await db.prisma.evidenceFile.count(),
    files: await db.prisma.storedFile.count(),
    events: await db.prisma.auditEvent.count(),
  });

  it("judges a PDF named .docx as a PDF, stores it once by its sha256, and audits the attachment in words", async () => {
    const r = await upload(users.editor, { bytes: pdf, name: "C:\\scans\\decree.docx", reason: "Decree as published" });
    expect(r.kind).toBe("ok");
    if (r.kind !== "ok") return;
    expect(r.value).toMatchObject({ sha256: sha256Hex(pdf), kind: "pdf", kindLabel: "PDF", stored: true });
    const row = await db.prisma.evidenceFile.findUniqueOrThrow({ where: { id: r.value.id }, include: { file: true } });
    expect(row).toMatchObject({ followUpId: publicEntry, stateResponseId: null, fileName: "decree.docx" });
    expect(row.file).toMatchObject({ kind: "pdf", mediaType: "application/pdf", size: pdf.length });
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "EvidenceFile", entityId: row.id } });
    expect(ev).toMatchObject({ action: "attach-file", recommendationId: rec, reason: "Decree as published" });
    const readable = readableEvent(ev, await resolveAuditNames(db.prisma, [ev]));
    expect(readable.what).toBe("File attached");
    expect(readable.record).toBe("Evidence file: decree.docx");
    expect(readable.lines.map((l) => `${l.label}: ${l.to}`)).toEqual([
      "Entry: Follow-up entry of October 2011: Draft amendments to the election law were published for…",
      `File fingerprint (SHA-256): ${sha256Hex(pdf)}`,
      "File name: decree.docx",
      `File size (bytes): ${pdf.length}`,
      "File type: PDF",
    ]);
  });

  it("refuses a program named .pdf, an empty file and an oversize file, writing nothing", async () => {
    const before = await counts();
    const exe = await upload(users.editor, { bytes: new Uint8Array(EXE), name: "minutes.pdf" });
    expect(exe).toEqual({
      kind: "invalid",
      fieldErrors: {
        file: [
          "This file is not a PDF, Word (DOCX), Excel (XLSX), or a PNG, JPEG or WebP image " +
            "(judged by its content, not its name)",
        ],
      },
    });
    expect(await upload(users.editor, { bytes: new Uint8Array(0), name: "a.pdf" })).toEqual({
      kind: "invalid",
      fieldErrors: { file: ["The file is empty"] },
    });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(pdf);
    expect(await upload(users.editor, { bytes: big, name: "big.pdf" })).toEqual({
      kind: "invalid",
      fieldErrors: { file: ["The file is larger than 20 MB"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("stores the same bytes once, whichever entries and names they come with", async () => {
    const before = await counts();
    const a = await upload(users.editor, { bytes: IMAGES.png, name: "station.png" });
    const b = await upload(users.admin, {
      bytes: IMAGES.png,
      name: "same-photo.jpg",
      entryKind: "stateResponse",
      entryId: response,
    });
    expect(a.kind === "ok" && a.value.stored).toBe(true);
    expect(b.kind === "ok" && b.value).toMatchObject({ stored: false, kind: "png", sha256: sha256Hex(IMAGES.png) });
    expect(await counts()).toEqual({ rows: before.rows + 2, files: before.files + 1, events: before.events + 2 });
  });

  it("lets only editors and admins attach, and never to a withdrawn entry", async () => {
    const before = await counts();
    expect(await upload(users.viewer, { bytes: pdf, name: "x.pdf" })).toEqual({
      kind: "invalid",
      fieldErrors: { file: ["You do not have permission to do this. Nothing was saved."] },
    });
    const input = NewFollowUpSchema.parse({ recommendationId: rec, date: "2011-11", actionTaken: "Mistaken entry" });
    const added = await addFollowUp(db.prisma, u.actor(u.editor), input);
    const id = added.kind === "ok" ? added.value.id : "";
    await withdrawFollowUp(db.prisma, u.actor(u.editor), { id, version: 1, reason: "duplicate" });
    const after = await counts();
    expect(await upload(users.editor, { bytes: pdf, name: "x.pdf", entryId: id })).toEqual({
      kind: "invalid",
      fieldErrors: { file: ["This entry was withdrawn: files can no longer be attached to it"] },
    });
    expect(await upload(users.editor, { bytes: pdf, name: "x.pdf", entryId: "c".repeat(25) })).toMatchObject({
      kind: "not-found",
    });
    expect(await counts()).toEqual(after);
    expect(after.rows).toBe(before.rows);
  });

  it("downloads a published entry's file for every reader, as an attachment that is never cached", async () => {
    const r = await upload(users.editor, { bytes: IMAGES.jpeg, name: "Протокол №5.jpg" });
    const id = r.kind === "ok" ? r.value.id : "";
    for (const reader of [
      asUser(users.viewer),
      asUser(users.editor),
      asUser(users.admin),
      { kind: "public" as const },
      { kind: "token" as const },
    ]) {
      const res = await evidenceResponse(reader, id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(IMAGES.jpeg)).toBe(true);
      expect(Object.fromEntries(res.headers)).toMatchObject({
        "content-type": "image/jpeg",
        "content-disposition": `attachment; filename="________ _5.jpg"; filename*=UTF-8''${encodeURIComponent("Протокол №5.jpg")}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        etag: `"${sha256Hex(IMAGES.jpeg)}"`,
      });
    }
    expect((await evidenceResponse(null, id)).status).toBe(401);
    expect((await evidenceResponse(asUser(users.viewer), "c".repeat(25))).status).toBe(404);
    expect((await evidenceResponse(asUser(users.viewer), "../../etc/passwd")).status).toBe(404);
  });

  it("keeps an internal note's file from viewers, public read mode and API tokens (404, as if absent)", async () => {
    const r = await upload(users.editor, { bytes: IMAGES.webp, name: "notes.webp", entryId: internalEntry });
    const id = r.kind === "ok" ? r.value.id : "";
    for (const reader of [asUser(users.editor), asUser(users.admin)])
      expect((await evidenceResponse(reader, id)).status).toBe(200);
    for (const reader of [asUser(users.viewer), { kind: "public" as const }, { kind: "token" as const }]) {
      const res = await evidenceResponse(reader, id);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("notes.webp");
    }
    expect((await evidenceResponse(null, id)).status).toBe(401);
    // Its attachment is left out of the recommendation's history for readers, like the note itself.
    const hidden = await internalEntryIds(rec);
    expect(hidden).toEqual(expect.arrayContaining([internalEntry, id]));
    const readers = await recommendationHistory(rec, { hiddenIds: hidden });
    expect(readers.events.some((e) => e.entityId === id)).toBe(false);
    expect((await recommendationHistory(rec, {})).events.some((e) => e.entityId === id)).toBe(true);
  });

  it("reads an API token from the Authorization header: a valid one reads as a token, a wrong one is refused", async () => {
    const issued = await issueApiToken(db.prisma, u.actor(u.admin), { name: "Evidence test" });
    const token = issued.kind === "ok" ? issued.value.token : "";
    const req = (auth: string) => new Request("http://t.example/api/evidence/x", { headers: { authorization: auth } });
    expect(await evidenceReader(req(`Bearer ${token}`))).toEqual({ kind: "token" });
    expect(await evidenceReader(req("Bearer not-a-token"))).toBe("bad-token");
  });

  it("lists each entry's files for the page, with size, type in words and sha256", async () => {
    const files = await evidenceOfEntries({ followUpIds: [publicEntry], responseIds: [response] });
    expect(files[publicEntry]!.map((f) => [f.name, f.kindLabel, f.attachedBy])).toEqual([
      ["decree.docx", "PDF", "Eve Editor"],
      ["station.png", "PNG image", "Eve Editor"],
      ["Протокол №5.jpg", "JPEG image", "Eve Editor"],
    ]);
    expect(files[response]![0]).toMatchObject({ name: "same-photo.jpg", size: IMAGES.png.length });
    expect(files[internalEntry]).toBeUndefined();
  });

  it("removes an attachment with its own event, keeping the bytes while another row or a document uses them", async () => {
    const byName = (fileName: string) => db.prisma.evidenceFile.findFirstOrThrow({ where: { fileName } });
    const shaPng = sha256Hex(IMAGES.png);
    // Used twice: the first removal keeps the stored file, the second deletes it.
    const first = await removeEvidence(db.prisma, u.actor(u.editor), { id: (await byName("station.png")).id });
    expect(first.kind).toBe("ok");
    expect(await db.prisma.storedFile.count({ where: { sha256: shaPng } })).toBe(1);
    const last = await byName("same-photo.jpg");
    await removeEvidence(db.prisma, u.actor(u.admin), { id: last.id, reason: "Wrong photograph" });
    expect(await db.prisma.storedFile.count({ where: { sha256: shaPng } })).toBe(0);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: last.id, action: "remove-file" } });
    const readable = readableEvent(ev, await resolveAuditNames(db.prisma, [ev]));
    expect(readable.what).toBe("File removed");
    expect(readable.record).toBe("Evidence file: same-photo.jpg");
    expect(ev.reason).toBe("Wrong photograph");
    expect(readable.lines.map((l) => `${l.label}: ${l.from}`)).toContain("File type: PNG image");
    // A document that carries the same bytes keeps them after its evidence row is removed.
    const doc = await db.prisma.document.findFirstOrThrow({ select: { id: true } });
    await attachFile(db.prisma, u.actor(u.editor), {
      documentId: doc.id,
      bytes: pdf,
      kind: "pdf",
      name: "decree.pdf",
      text: "Decree",
      reason: null,
    });
    await removeEvidence(db.prisma, u.actor(u.editor), { id: (await byName("decree.docx")).id });
    expect(await db.prisma.storedFile.count({ where: { sha256: sha256Hex(pdf) } })).toBe(1);
    expect(await removeEvidence(db.prisma, u.actor(u.editor), { id: last.id })).toMatchObject({ kind: "not-found" });
  });

  it("is shared by app instances on one database: concurrent uploads and removals never lose a used file", async () => {
    // PostgreSQL: a second connection pool to the same database, as a second `npm start` would open.
    // PGlite is served by one process, so both "instances" are the same one there.
    let other = db;
    if (testEngine === "postgres") {
      const [row] = await db.sql.query<{ name: string }>(`SELECT current_database() AS name`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      other = await openDatabase({ url: url.toString() });
    }
    const editor = users.editor;
    const attach = (on: Database, bytes: Uint8Array, entryId: string, name: string) =>
      attachEvidence(
        on.prisma,
        { id: editor.id, label: editor.name },
        { entryKind: "followUp", entryId, bytes, kind: "pdf", name, reason: null },
        editor,
      );
    try {
      for (let i = 0; i < 4; i++) {
        const bytes = new TextEncoder().encode(`%PDF-1.4\n% shared ${i}\n%%EOF\n`);
        const sha = sha256Hex(bytes);
        // The same bytes from both instances at once: both attached, stored once.
        const [a, b] = await Promise.all([
          attach(db, bytes, publicEntry, `a${i}.pdf`),
          attach(other, bytes, internalEntry, `b${i}.pdf`),
        ]);
        expect([a.kind, b.kind]).toEqual(["ok", "ok"]);
        expect(await other.prisma.storedFile.count({ where: { sha256: sha } })).toBe(1);
        // One instance removes both rows while the other attaches the same bytes again: whichever commits
        // first, the file stays exactly while a row uses it.
        const [, , c] = await Promise.all([
          removeEvidence(db.prisma, u.actor(u.editor), { id: a.kind === "ok" ? a.value.id : "" }),
          removeEvidence(db.prisma, u.actor(u.editor), { id: b.kind === "ok" ? b.value.id : "" }),
          attach(other, bytes, publicEntry, `c${i}.pdf`),
        ]);
        expect(c.kind).toBe("ok");
        const stored = await db.prisma.storedFile.findUnique({ where: { sha256: sha } });
        expect(stored && sha256Hex(new Uint8Array(stored.bytes))).toBe(sha);
        await removeEvidence(other.prisma, u.actor(u.editor), { id: c.kind === "ok" ? c.value.id : "" });
        expect(await db.prisma.storedFile.count({ where: { sha256: sha } })).toBe(0);
      }
    } finally {
      if (other !== db) await other.close();
    }
  });

  it("makes a report-text import that created the entry non-revertable: the file is later work", async () => {
    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2005" } });
    const item = { label: "90", section: null, topic: null, leadIn: null, text: "Imported for evidence." };
    const imported = await commitReportImport(
      db.prisma,
      u.actor(u.editor),
      CommitImportSchema.parse({
        cycleId: cycle.id,
        items: JSON.stringify([{ ...item, response: { status: "IMPLEMENTED", text: null, statusSentence: null } }]),
        date: "2006-05",
      }),
    );
    if (imported.kind !== "ok") throw new Error(JSON.stringify(imported));
    const created = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendation: { cycleId: cycle.id, label: "90" } },
    });
    const r = await upload(users.editor, {
      bytes: pdf,
      name: "reply.pdf",
      entryKind: "stateResponse",
      entryId: created.id,
    });
    expect(r.kind).toBe("ok");
    const reverted = await revertReportImport(db.prisma, u.actor(u.editor), { id: imported.value.id! });
    expect(reverted.kind === "invalid" && reverted.fieldErrors.form![0]).toMatch(/\b90\b/);
    expect(await db.prisma.stateResponse.count({ where: { id: created.id } })).toBe(1);
    expect(await db.prisma.evidenceFile.count({ where: { stateResponseId: created.id } })).toBe(1);
  });

  it("passes audit:verify, which reports an attachment edited or inserted outside the app", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    expect(await verifyTables(db.prisma)).toMatchObject({ ok: true, problems: [] });
    const row = await db.prisma.evidenceFile.findFirstOrThrow({ where: { fileName: "notes.webp" } });
    await db.prisma.evidenceFile.update({ where: { id: row.id }, data: { fileName: "innocent.webp" } });
    try {
      expect((await verifyTables(db.prisma)).problems).toEqual([
        {
          entityType: "EvidenceFile",
          entityId: row.id,
          message: "the row differs from its history in: fileName (edited outside the app)",
        },
      ]);
    } finally {
      await db.prisma.evidenceFile.update({ where: { id: row.id }, data: { fileName: "notes.webp" } });
    }
  });

  it("is carried by a backup: the restored database serves the same bytes and verifies", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "evidence-backup-")), "b");
    const target = await createTestDatabase();
    try {
      const manifest = await backupDatabase(db, dir);
      expect(manifest.tables.find((t) => t.name === "evidence_files")!.rows).toBe(await db.prisma.evidenceFile.count());
      const report = await restoreDatabase(target, dir);
      expect(report.chain.ok && report.tables.ok && report.headMatches).toBe(true);
      const jpeg = await target.prisma.evidenceFile.findFirstOrThrow({
        where: { fileName: "Протокол №5.jpg" },
        include: { file: true },
      });
      expect(Buffer.from(jpeg.file.bytes).equals(IMAGES.jpeg)).toBe(true);
      expect(await target.prisma.evidenceFile.count()).toBe(await db.prisma.evidenceFile.count());
    } finally {
      await target.close();
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
