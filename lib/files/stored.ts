// The content-addressed file store (table stored_files, keyed by SHA-256), shared by documents' files and
// evidence files. Writers call this inside their transaction before pointing a row at the file.
import type { Tx } from "@/lib/audit/record";

/**
 * Stores the bytes once per content and locks the row (FOR KEY SHARE, until commit) so a concurrent removal
 * of the last evidence row using the same bytes (lib/evidence/mutations.ts, which locks it FOR UPDATE before
 * deciding) cannot delete it under the new reference. True when this call stored the bytes.
 */
export async function keepStoredFile(
  tx: Tx,
  file: { sha256: string; bytes: Uint8Array; kind: string; mediaType: string },
): Promise<boolean> {
  let inserted = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const held = await tx.$queryRaw<{ sha256: string }[]>`
      SELECT sha256 FROM stored_files WHERE sha256 = ${file.sha256} FOR KEY SHARE`;
    if (held.length) return inserted;
    // Concurrent uploads of the same content: the first insert wins, the others reuse it.
    const { count } = await tx.storedFile.createMany({
      data: [
        {
          sha256: file.sha256,
          bytes: new Uint8Array(file.bytes),
          size: file.bytes.length,
          kind: file.kind,
          mediaType: file.mediaType,
        },
      ],
      skipDuplicates: true,
    });
    inserted = count > 0;
  }
  throw new Error(`stored file ${file.sha256} could not be kept`);
}
