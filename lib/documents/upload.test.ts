// Uploads judged by content, stored once per content in the database, audited with the document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { verifyTables } from "@/lib/audit/verify-tables";
import { verifyAuditChain } from "@/lib/audit/verify";
import { readableEvent } from "@/lib/audit/readable";
import { resolveAuditNames } from "@/lib/audit/names";
import { sha256Hex } from "./mutations";
import { MAX_FILE_BYTES } from "./schema";
import { uploadDocumentFile } from "./upload";
import { contentDisposition, sameOrigin } from "./http";
import { pdfOf } from "@/lib/test/pdf";

describe(`document files on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let docId: string;
  let otherId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    docId = (await db.prisma.document.findUniqueOrThrow({ where: { slug: "kz-2012-press-release" } })).id;
    otherId = (await db.prisma.document.findUniqueOrThrow({ where: { slug: "kz-2007-press-release" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("judges a PDF named .txt as a PDF, keeps it in the database and stores its text and sha256", async () => {
    const bytes = await pdfOf([["A. Priority Recommendations", "1. Ensure relevant criteria."]]);
    const r = await uploadDocumentFile(db.prisma, u.actor(u.editor), {
      documentId: docId,
      bytes,
      name: "C:\\Users\\me\\report.txt",
      reason: "Final report copy",
    });
    expect(r.kind).toBe("ok");
    const sha = sha256Hex(bytes);
    expect(r.kind === "ok" && r.value).toMatchObject({ sha256: sha, kind: "pdf", stored: true });
    const doc = await db.prisma.document.findUniqueOrThrow({ where: { id: docId } });
    expect(doc.fileSha256).toBe(sha);
    expect(doc.fileName).toBe("report.txt");
    expect(doc.fullText).toContain("1. Ensure relevant criteria.");
    const file = await db.prisma.storedFile.findUniqueOrThrow({ where: { sha256: sha } });
    expect(file).toMatchObject({ size: bytes.length, kind: "pdf", mediaType: "application/pdf" });
    expect(sha256Hex(new Uint8Array(file.bytes))).toBe(sha);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Document", entityId: docId, action: "attach-file" },
    });
    expect(ev.changes).toMatchObject({
      fileSha256: { from: null, to: sha },
      fileName: { to: "report.txt" },
      fileSize: { to: bytes.length },
      fileKind: { to: "pdf" },
    });
    expect(ev.reason).toBe("Final report copy");
    // The audit page says it in words.
    const readable = readableEvent(ev, await resolveAuditNames(db.prisma, [ev]));
    expect(readable.what).toBe("File attached");
    expect(readable.record).toBe(`Document: ${doc.title}`);
    expect(readable.lines.map((l) => `${l.label}: ${l.to}`)).toEqual(
      expect.arrayContaining([
        `File fingerprint (SHA-256): ${sha}`,
        "File name: report.txt",
        `File size (bytes): ${bytes.length}`,
        "File type: PDF",
      ]),
    );
  });

  it("stores the same content once, whichever document and name it comes with", async () => {
    const bytes = new TextEncoder().encode("Comments of the CEC.\n\n1. First point.\n");
    const a = await uploadDocumentFile(db.prisma, u.actor(u.editor), {
      documentId: otherId,
      bytes,
      name: "a.txt",
      reason: null,
    });
    const b = await uploadDocumentFile(db.prisma, u.actor(u.admin), {
      documentId: docId,
      bytes,
      name: "b.md",
      reason: null,
    });
    expect(a.kind === "ok" && a.value.stored).toBe(true);
    expect(b.kind === "ok" && b.value.stored).toBe(false);
    expect(await db.prisma.storedFile.count({ where: { sha256: sha256Hex(bytes) } })).toBe(1);
    // The earlier PDF stays stored (content-addressed files are never deleted by a replacement).
    expect(await db.prisma.storedFile.count()).toBe(2);
  });

  it("refuses junk, empty and over-size files with a message on the file field, writing nothing", async () => {
    const before = await db.prisma.auditEvent.count();
    const files = await db.prisma.storedFile.count();
    const junk = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const bad = [
      { bytes: junk, name: "report.pdf", message: /not a PDF, a Word document \(DOCX\) or plain text/ },
      { bytes: new Uint8Array(), name: "empty.txt", message: /empty/ },
      { bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41), name: "big.txt", message: /larger than 20 MB/ },
      { bytes: new TextEncoder().encode("%PDF-1.7\nnot really a pdf"), name: "x.pdf", message: /could not be read/ },
    ];
    for (const f of bad) {
      const r = await uploadDocumentFile(db.prisma, u.actor(u.editor), { documentId: docId, ...f, reason: null });
      expect(r.kind, f.name).toBe("invalid");
      expect(r.kind === "invalid" && r.fieldErrors.file?.[0], f.name).toMatch(f.message);
    }
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.storedFile.count()).toBe(files);
  });

  it("keeps the log, the chain and the tables in agreement, and reports a file changed outside the app", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
    const file = await db.prisma.storedFile.findFirstOrThrow({ where: { kind: "text" } });
    await db.prisma
      .$executeRaw`UPDATE stored_files SET bytes = ${new Uint8Array([0x41])}, size = 1 WHERE sha256 = ${file.sha256}`;
    expect((await verifyTables(db.prisma)).problems).toEqual([
      {
        entityType: "StoredFile",
        entityId: file.sha256,
        message: "the file's content does not match its SHA-256 (edited outside the app)",
      },
    ]);
  });
});

describe("file route helpers", () => {
  it("names the download safely, whatever the user's file name", () => {
    expect(contentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    const h = contentDisposition('Отчёт "final"\r\n.pdf');
    expect(h).not.toMatch(/[\r\n]/);
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent('Отчёт "final"\r\n.pdf')}`);
  });

  it("accepts a POST only from the tracker's own pages", () => {
    const req = (h: Record<string, string>) => new Request("http://127.0.0.1:3000/documents/x/file", { headers: h });
    expect(sameOrigin(req({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(sameOrigin(req({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(sameOrigin(req({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(sameOrigin(req({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
  });
});
