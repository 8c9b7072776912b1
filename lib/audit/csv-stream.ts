// The audit CSV as a byte stream, pulled batch by batch from the database, so
// an export never holds the whole history in memory. UTF-8 with a BOM (Excel
// then reads Cyrillic and typographic quotes correctly), CRLF line ends.
import { AUDIT_CSV_COLUMNS, auditCsvRow } from "@/lib/audit/csv";
import type { AuditEntry } from "@/lib/audit/readable";
import { csvRow } from "@/lib/csv";
import { logUnexpected } from "@/lib/security/unexpected";

const BOM = "\uFEFF";

export function auditCsvStream(batches: AsyncIterable<AuditEntry[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(`${BOM}${AUDIT_CSV_COLUMNS.join(",")}\r\n`));
          return;
        }
        try {
          const next = await iterator.next();
          if (next.done) {
            controller.close();
            return;
          }
          if (next.value.length > 0)
            controller.enqueue(encoder.encode(next.value.map((e) => `${safeRow(e)}\r\n`).join("")));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        // The client went away: stop reading the database.
        await iterator.return?.(undefined);
      },
    },
    // One chunk at a time: the next batch is read only when the previous one was consumed.
    { highWaterMark: 1 },
  );
}

/**
 * One event's line; an event that cannot be put in words (an odd stored value) still gets a line with its
 * position and hash, so the download never stops half-way (the verifier reads the raw log, not this CSV).
 */
function safeRow(e: AuditEntry): string {
  try {
    return auditCsvRow(e);
  } catch (error) {
    const reference = logUnexpected(`audit CSV row ${String(e.seq)}`, error);
    const cells: unknown[] = AUDIT_CSV_COLUMNS.map(() => "");
    cells[AUDIT_CSV_COLUMNS.indexOf("What")] = `This event could not be written out (reference ${reference})`;
    cells[AUDIT_CSV_COLUMNS.indexOf("event_seq")] = e.seq;
    cells[AUDIT_CSV_COLUMNS.indexOf("hash")] = e.hash;
    return csvRow(cells).slice(0, -2);
  }
}
