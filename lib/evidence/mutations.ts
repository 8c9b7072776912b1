// Evidence files: a row linking a follow-up entry or a state response to a file of the content-addressed
// store (stored_files, shared with documents' files), attached and removed in one transaction with its
// audit event. The bytes are stored once per content; removing the last row that uses them deletes them,
// unless a document uses (or once used) the same content.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { formatDated } from "@/lib/dated";
import { sha256Hex } from "@/lib/documents/mutations";
import { EVIDENCE_MEDIA_TYPES, type EvidenceKind } from "@/lib/files/evidence-types";
import { keepStoredFile } from "@/lib/files/stored";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { STATE_RESPONSE } from "@/lib/vocab";
import { attachRefusal, type EntryAccess } from "./policy";
import type { EntryKind, RemoveEvidence } from "./schema";

export interface AttachEvidence {
  entryKind: EntryKind;
  entryId: string;
  bytes: Uint8Array;
  kind: EvidenceKind;
  /** The user's name for the file, already cleaned (lib/documents/schema.ts cleanFileName). */
  name: string;
  reason: string | null;
}

export interface AttachedEvidence {
  id: string;
  sha256: string;
  /** False when the same content was already stored (by another entry or a document). */
  stored: boolean;
}

interface EntryRow extends EntryAccess {
  id: string;
  recommendationId: string;
  cycleId: string;
  /** The entry in words, for the history ("Follow-up entry of July 2011: Draft law submitted …"). */
  label: string;
}

/** ": the text", cut at a word within `n` characters. */
function short(text: string, n = 60): string {
  if (text.length <= n) return `: ${text}`;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(" ");
  return `: ${(space > n / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The entry a file belongs to, with what the permission rules and the history need; null when unknown. */
export async function entryOf(tx: Tx, kind: EntryKind, id: string): Promise<EntryRow | null> {
  const dated = { datePrecision: true, dateFrom: true, dateTo: true } as const;
  const rec = { recommendationId: true, recommendation: { select: { cycleId: true } } } as const;
  if (kind === "followUp") {
    const f = await tx.followUp.findUnique({
      where: { id },
      select: { id: true, internal: true, withdrawnAt: true, actionTaken: true, ...dated, ...rec },
    });
    return f
      ? {
          id: f.id,
          kind,
          internal: f.internal,
          withdrawn: f.withdrawnAt !== null,
          recommendationId: f.recommendationId,
          cycleId: f.recommendation.cycleId,
          label: `Follow-up entry of ${formatDated(f)}${short(f.actionTaken)}`,
        }
      : null;
  }
  const r = await tx.stateResponse.findUnique({
    where: { id },
    select: { id: true, status: true, withdrawnAt: true, ...dated, ...rec },
  });
  return r
    ? {
        id: r.id,
        kind,
        internal: false,
        withdrawn: r.withdrawnAt !== null,
        recommendationId: r.recommendationId,
        cycleId: r.recommendation.cycleId,
        label: `Response of the state of ${formatDated(r)}: ${STATE_RESPONSE[r.status].label}`,
      }
    : null;
}

export async function attachEvidence(
  db: PrismaClient,
  actor: Actor,
  input: AttachEvidence,
  user: Parameters<typeof attachRefusal>[0],
): Promise<Outcome<AttachedEvidence>> {
  const sha256 = sha256Hex(input.bytes);
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const entry = await entryOf(tx, input.entryKind, input.entryId);
      if (!entry) throw new Abort({ kind: "not-found", message: "This entry does not exist (any more)." });
      const refusal = attachRefusal(user, entry);
      if (refusal) throw new Abort({ kind: "invalid", fieldErrors: { file: [refusal] } });
      const stored = await keepStoredFile(tx, {
        sha256,
        bytes: input.bytes,
        kind: input.kind,
        mediaType: EVIDENCE_MEDIA_TYPES[input.kind],
      });
      const row = await tx.evidenceFile.create({
        data: {
          followUpId: entry.kind === "followUp" ? entry.id : null,
          stateResponseId: entry.kind === "stateResponse" ? entry.id : null,
          fileSha256: sha256,
          fileName: input.name,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "attach-file",
        entityType: "EvidenceFile",
        entityId: row.id,
        cycleId: entry.cycleId,
        recommendationId: entry.recommendationId,
        changes: {
          [entry.kind === "followUp" ? "followUpId" : "stateResponseId"]: { from: null, to: entry.id },
          entry: { from: null, to: entry.label },
          fileSha256: { from: null, to: sha256 },
          fileName: { from: null, to: input.name },
          fileSize: { from: null, to: input.bytes.length },
          fileKind: { from: null, to: input.kind },
        },
        reason: input.reason,
      });
      return { id: row.id, sha256, stored };
    }),
  );
}

/** Still needed: another evidence row, a document's file, or a document's file in its history. */
async function stillUsed(tx: Tx, sha256: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ used: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM evidence_files WHERE file_sha256 = ${sha256})
        OR EXISTS (SELECT 1 FROM documents WHERE file_sha256 = ${sha256})
        OR EXISTS (SELECT 1 FROM audit_events WHERE entity_type = 'Document' AND action = 'attach-file'
                   AND changes -> 'fileSha256' ->> 'to' = ${sha256}) AS used`;
  return Boolean(row?.used);
}

export async function removeEvidence(db: PrismaClient, actor: Actor, input: RemoveEvidence): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const row = await tx.evidenceFile.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          followUpId: true,
          stateResponseId: true,
          fileName: true,
          fileSha256: true,
          file: { select: { size: true, kind: true } },
        },
      });
      if (!row) throw new Abort({ kind: "not-found", message: "This file is not attached (any more)." });
      const kind: EntryKind = row.followUpId ? "followUp" : "stateResponse";
      const entry = (await entryOf(tx, kind, (row.followUpId ?? row.stateResponseId)!))!;
      await tx.evidenceFile.delete({ where: { id: row.id } });
      // Locked first, so an upload of the same bytes committing meanwhile is counted (its FK check holds a
      // key-share lock on the row until it commits).
      await tx.$queryRaw`SELECT sha256 FROM stored_files WHERE sha256 = ${row.fileSha256} FOR UPDATE`;
      if (!(await stillUsed(tx, row.fileSha256))) await tx.storedFile.delete({ where: { sha256: row.fileSha256 } });
      await recordAudit(tx, {
        actor,
        action: "remove-file",
        entityType: "EvidenceFile",
        entityId: row.id,
        cycleId: entry.cycleId,
        recommendationId: entry.recommendationId,
        changes: {
          [kind === "followUp" ? "followUpId" : "stateResponseId"]: { from: entry.id, to: null },
          entry: { from: entry.label, to: null },
          fileSha256: { from: row.fileSha256, to: null },
          fileName: { from: row.fileName, to: null },
          fileSize: { from: row.file.size, to: null },
          fileKind: { from: row.file.kind, to: null },
        },
        reason: input.reason ?? null,
      });
      return { id: row.id };
    }),
  );
}
