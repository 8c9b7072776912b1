// Documents: created from a cycle page, and given their file (content-addressed, in the database), each
// audited in the same transaction as the write.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import { freeSlug, kebab } from "@/lib/cycles/mutations";
import { pickNull } from "@/lib/cycles/edit";
import { MEDIA_TYPES, type FileKind } from "@/lib/files/extract-text";
import { keepStoredFile } from "@/lib/files/stored";
import type { EditDocument, NewDocument } from "./schema";

export const DOCUMENT_FIELDS = ["type", "title", "issuer", "issuedOn", "place", "sourceUrl"] as const;

export async function createDocument(
  db: PrismaClient,
  actor: Actor,
  input: NewDocument,
): Promise<Outcome<{ id: string; slug: string }>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const cycle = await tx.electionCycle.findUnique({
        where: { id: input.cycleId },
        select: { id: true, slug: true },
      });
      if (!cycle) throw new Abort({ kind: "not-found", message: "This election cycle does not exist (any more)." });
      const slug = await freeSlug(
        tx,
        `${cycle.slug}-${kebab(input.type)}`,
        "document",
        kebab(input.title).slice(0, 40),
      );
      const data = { slug, cycleId: cycle.id, ...pickNull(input, DOCUMENT_FIELDS) };
      const row = await tx.document.create({ data: data as never });
      await auditCreate(
        tx,
        actor,
        "Document",
        row,
        ["slug", "cycleId", ...DOCUMENT_FIELDS],
        { cycleId: cycle.id, recommendationId: null },
        input.reason ?? null,
      );
      return { id: row.id, slug: row.slug };
    }),
  );
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface AttachFile {
  documentId: string;
  bytes: Uint8Array;
  kind: FileKind;
  name: string;
  /** The text extracted from the file, stored for reading and search. */
  text: string;
  reason: string | null;
}

export interface Attached {
  id: string;
  sha256: string;
  /** False when the same content was already stored (by this or another document). */
  stored: boolean;
}

/**
 * Stores the file once per content (sha256 as key; a second upload of the same bytes reuses the row) and
 * points the document at it, with the user's file name and the extracted text.
 */
export async function attachFile(db: PrismaClient, actor: Actor, input: AttachFile): Promise<Outcome<Attached>> {
  const sha256 = sha256Hex(input.bytes);
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.document.findUnique({
        where: { id: input.documentId },
        select: { id: true, cycleId: true, version: true, fileSha256: true, fileName: true, fullText: true },
      });
      if (!current) throw new Abort({ kind: "not-found", message: "This document does not exist (any more)." });
      const stored = await keepStoredFile(tx, {
        sha256,
        bytes: input.bytes,
        kind: input.kind,
        mediaType: MEDIA_TYPES[input.kind],
      });
      const previous = current.fileSha256
        ? await tx.storedFile.findUnique({ where: { sha256: current.fileSha256 }, select: { size: true, kind: true } })
        : null;
      const row = await tx.document.update({
        where: { id: current.id },
        data: { fileSha256: sha256, fileName: input.name, fullText: input.text, version: { increment: 1 } },
        select: { version: true },
      });
      const len = (t: string | null) => (t ? `(${t.length} characters)` : null);
      const before = {
        fileSha256: current.fileSha256,
        fileName: current.fileName,
        fileSize: previous?.size ?? null,
        fileKind: previous?.kind ?? null,
        fullText: len(current.fullText),
        version: current.version,
      };
      const after = {
        fileSha256: sha256,
        fileName: input.name,
        fileSize: input.bytes.length,
        fileKind: input.kind,
        fullText: len(input.text),
        version: row.version,
      };
      await recordAudit(tx, {
        actor,
        action: "attach-file",
        entityType: "Document",
        entityId: current.id,
        cycleId: current.cycleId,
        recommendationId: null,
        changes: diffFields(before, after, Object.keys(after)),
        reason: input.reason,
      } as Parameters<typeof recordAudit>[1]);
      return { id: current.id, sha256, stored };
    }),
  );
}

const DOCUMENT_SELECT = {
  id: true,
  version: true,
  cycleId: true,
  type: true,
  title: true,
  issuer: true,
  issuedOn: true,
  place: true,
  sourceUrl: true,
} as const;

export async function editDocument(db: PrismaClient, actor: Actor, input: EditDocument): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.document.findUnique({ where: { id: input.id }, select: DOCUMENT_SELECT });
      if (!current) throw new Abort({ kind: "not-found", message: "This document does not exist." });
      return versionedUpdate({
        tx,
        actor,
        entityType: "Document",
        current,
        openedVersion: input.version,
        fields: DOCUMENT_FIELDS,
        data: pickNull(input, DOCUMENT_FIELDS),
        reason: input.reason,
        scope: { cycleId: current.cycleId, recommendationId: null },
        write: async (d, version) =>
          (
            await tx.document.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
              select: DOCUMENT_SELECT,
            })
          )[0] ?? null,
      });
    }),
  );
}
