// An uploaded file, judged and read before it is kept: size, then type BY CONTENT (a PDF renamed .txt is a
// PDF; junk is refused whatever its name), then its text. Used by the upload route; tested without HTTP.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/audit/record";
import type { Outcome } from "@/lib/mutations/outcome";
import { extractText, FILE_KIND_NAMES, sniffFileKind } from "@/lib/files/extract-text";
import { UnsafeArchiveError } from "@/lib/files/zip-limits";
import { attachFile, type Attached } from "./mutations";
import { cleanFileName, MAX_FILE_BYTES, MAX_FILE_LABEL } from "./schema";

export interface Upload {
  documentId: string;
  bytes: Uint8Array;
  /** The name the user's computer gave the file: shown, never trusted for its type. */
  name: string;
  reason: string | null;
}

const refuse = (message: string): Outcome<never> => ({ kind: "invalid", fieldErrors: { file: [message] } });

/** Text as stored: PostgreSQL text cannot hold NUL, and line ends are LF throughout the tracker. */
const storable = (text: string) => text.replaceAll("\u0000", "").replace(/\r\n?/g, "\n");

export async function uploadDocumentFile(
  db: PrismaClient,
  actor: Actor,
  u: Upload,
): Promise<Outcome<Attached & { kind: string }>> {
  if (u.bytes.length === 0) return refuse("The file is empty");
  if (u.bytes.length > MAX_FILE_BYTES) return refuse(`The file is larger than ${MAX_FILE_LABEL}`);
  const kind = sniffFileKind(u.bytes);
  if (!kind) return refuse("This file is not a PDF, a Word document (DOCX) or plain text (UTF-8)");
  let text: string;
  try {
    text = storable(await extractText(u.bytes, kind));
  } catch (error) {
    if (error instanceof UnsafeArchiveError) return refuse(error.message);
    return refuse(`This file looks like a ${FILE_KIND_NAMES[kind]} but could not be read; it may be damaged`);
  }
  const outcome = await attachFile(db, actor, {
    documentId: u.documentId,
    bytes: u.bytes,
    kind,
    name: cleanFileName(u.name),
    text,
    reason: u.reason,
  });
  return outcome.kind === "ok" ? { kind: "ok", value: { ...outcome.value, kind } } : outcome;
}

/** The upload route's entry: the app's database. */
export async function uploadToAppDatabase(actor: Actor, u: Upload) {
  return uploadDocumentFile(await prisma(), actor, u);
}
