// Reads of evidence files: the lists on the recommendation page (no bytes) and one file for download, with
// the entry it belongs to so the route can ask the policy (./policy.ts) before sending anything.
import "server-only";
import { prisma } from "@/lib/db/client";
import { EVIDENCE_KIND_NAMES, type EvidenceKind } from "@/lib/files/evidence-types";
import type { EntryAccess } from "./policy";

export interface EvidenceItem {
  id: string;
  name: string;
  size: number;
  /** The type in words ("PDF", "PNG image"), judged by content when it was attached. */
  kindLabel: string;
  sha256: string;
  attachedAt: Date;
  attachedBy: string | null;
}

const kindLabel = (kind: string) => EVIDENCE_KIND_NAMES[kind as EvidenceKind] ?? kind;

/**
 * The files of these entries, oldest first, keyed by entry id. The caller passes only entries the reader
 * may see (the page's view already leaves out internal notes for readers). `until`: files attached by then
 * (a past "as recorded" view; a file removed since is not shown there).
 */
export async function evidenceOfEntries(
  entries: { followUpIds: string[]; responseIds: string[] },
  until?: Date,
): Promise<Record<string, EvidenceItem[]>> {
  if (entries.followUpIds.length === 0 && entries.responseIds.length === 0) return {};
  const db = await prisma();
  const rows = await db.evidenceFile.findMany({
    where: {
      OR: [{ followUpId: { in: entries.followUpIds } }, { stateResponseId: { in: entries.responseIds } }],
      ...(until ? { createdAt: { lte: until } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      followUpId: true,
      stateResponseId: true,
      fileName: true,
      fileSha256: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      file: { select: { size: true, kind: true } },
    },
  });
  const out: Record<string, EvidenceItem[]> = {};
  for (const r of rows) {
    const key = (r.followUpId ?? r.stateResponseId)!;
    (out[key] ??= []).push({
      id: r.id,
      name: r.fileName,
      size: r.file.size,
      kindLabel: kindLabel(r.file.kind),
      sha256: r.fileSha256,
      attachedAt: r.createdAt,
      attachedBy: r.createdBy?.name ?? null,
    });
  }
  return out;
}

export interface EvidenceDownload {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * One attached file for download: its entry's access facts are read first and given to `mayRead`; the
 * bytes are read only when it says yes. "missing" when there is no such file.
 */
export async function evidenceForDownload(
  id: string,
  mayRead: (entry: EntryAccess) => boolean,
): Promise<{ kind: "missing" } | { kind: "refused" } | { kind: "ok"; file: EvidenceDownload }> {
  const db = await prisma();
  const row = await db.evidenceFile.findUnique({
    where: { id },
    select: {
      fileName: true,
      fileSha256: true,
      followUp: { select: { internal: true, withdrawnAt: true } },
      stateResponse: { select: { withdrawnAt: true } },
    },
  });
  if (!row) return { kind: "missing" };
  const entry: EntryAccess = row.followUp
    ? { kind: "followUp", internal: row.followUp.internal, withdrawn: row.followUp.withdrawnAt !== null }
    : { kind: "stateResponse", internal: false, withdrawn: row.stateResponse?.withdrawnAt != null };
  if (!mayRead(entry)) return { kind: "refused" };
  const file = await db.storedFile.findUnique({
    where: { sha256: row.fileSha256 },
    select: { bytes: true, size: true, mediaType: true },
  });
  // Removed between the two reads: as if it had never been there.
  if (!file) return { kind: "missing" };
  return {
    kind: "ok",
    file: {
      name: row.fileName,
      sha256: row.fileSha256,
      size: file.size,
      mediaType: file.mediaType,
      bytes: new Uint8Array(file.bytes),
    },
  };
}
