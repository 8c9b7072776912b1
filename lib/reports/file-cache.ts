// Finished PDF and Word files, kept in memory by what they show: a report's
// fingerprint covers its data and selection, so the same fingerprint, format,
// layout and paper give the same document. Generating a PDF takes a core for
// a fifth of a second; ten readers downloading the same report should not
// take ten. A few files per process (least recently used go first); a file
// that streams (CSV, XLSX, JSON) is kept as it passes, unless it is too large.
import "server-only";

interface Entry {
  bytes: Buffer;
  generatedAt: Date;
}

const MAX_FILES = 16;
const MAX_BYTES = 8 * 1024 * 1024;
const files = new Map<string, Entry>();

// The language is in the key: the fingerprint covers the data (translations shown included), not the words.
export const cacheKey = (parts: { format: string; fingerprint: string; layout: string; paper: string; lang: string }) =>
  `${parts.format}|${parts.fingerprint}|${parts.layout}|${parts.paper}|${parts.lang}`;

export function cachedFile(key: string): Entry | null {
  const hit = files.get(key);
  if (!hit) return null;
  files.delete(key);
  files.set(key, hit); // most recently used last
  return hit;
}

export function keepFile(key: string, entry: Entry): void {
  if (entry.bytes.length > MAX_BYTES) return;
  files.set(key, entry);
  while (files.size > MAX_FILES) files.delete(files.keys().next().value!);
}

/** Passes a file's stream through to the reader, keeping a copy once it is complete (and small enough). */
export function keepWhileStreaming(
  stream: ReadableStream<Uint8Array>,
  key: string,
  generatedAt: Date,
): ReadableStream<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.length;
        if (size <= MAX_BYTES) chunks.push(chunk);
        controller.enqueue(chunk);
      },
      flush() {
        if (size <= MAX_BYTES) keepFile(key, { bytes: Buffer.concat(chunks), generatedAt });
      },
    }),
  );
}
