// An uploaded evidence file, judged before it is kept: size, then type BY CONTENT (a PDF named .docx is a
// PDF; a program named .pdf is refused), then attached. Used by the upload route; tested without HTTP.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/policy";
import { prisma } from "@/lib/db/client";
import { cleanFileName } from "@/lib/documents/schema";
import { EVIDENCE_KIND_NAMES, judgeEvidence, type EvidenceKind } from "@/lib/files/evidence-kind";
import type { Outcome } from "@/lib/mutations/outcome";
import { attachEvidence, type AttachedEvidence } from "./mutations";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_LABEL, type EntryKind } from "./schema";

export interface EvidenceUpload {
  entryKind: EntryKind;
  entryId: string;
  bytes: Uint8Array;
  /** The name the user's computer gave the file: shown, never trusted for its type. */
  name: string;
  reason: string | null;
}

const refuse = (message: string): Outcome<never> => ({ kind: "invalid", fieldErrors: { file: [message] } });

export async function uploadEvidence(
  db: PrismaClient,
  user: SessionUser,
  u: EvidenceUpload,
): Promise<Outcome<AttachedEvidence & { kind: EvidenceKind; kindLabel: string }>> {
  if (u.bytes.length === 0) return refuse("The file is empty");
  if (u.bytes.length > MAX_EVIDENCE_BYTES) return refuse(`The file is larger than ${MAX_EVIDENCE_LABEL}`);
  const judged = judgeEvidence(u.bytes);
  if (!judged.ok) return refuse(judged.message);
  const outcome = await attachEvidence(
    db,
    { id: user.id, label: user.name },
    { ...u, kind: judged.kind, name: cleanFileName(u.name) },
    user,
  );
  return outcome.kind === "ok"
    ? { kind: "ok", value: { ...outcome.value, kind: judged.kind, kindLabel: EVIDENCE_KIND_NAMES[judged.kind] } }
    : outcome;
}

/** The upload route's entry: the app's database. */
export async function uploadEvidenceToAppDatabase(user: SessionUser, u: EvidenceUpload) {
  return uploadEvidence(await prisma(), user, u);
}
