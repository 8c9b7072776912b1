// Byte streams for the route handlers: pulled chunk by chunk, so a large
// report is never held in memory by the streaming formats (CSV, JSON, XLSX).
import { Readable } from "node:stream";

const encoder = new TextEncoder();

/** A web stream that pulls the next chunk from the generator only when the previous one was consumed. */
export function pullStream(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await it.next();
          if (next.done) controller.close();
          else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        // The client went away: stop reading the database.
        await it.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** A Node stream written by a library (pdfkit, exceljs) as a web stream. */
export function webStream(node: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(node) as unknown as ReadableStream<Uint8Array>;
}
