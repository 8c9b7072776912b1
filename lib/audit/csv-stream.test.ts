import { captureLog } from "@/lib/test/log-capture";
import { describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS } from "@/lib/audit/csv";
import { emptyNames, readableEvent, type AuditEntry } from "@/lib/audit/readable";
import { auditCsvStream } from "./csv-stream";

const event = (seq: number, reason: string | null = null): AuditEntry =>
  readableEvent(
    {
      seq,
      occurredAt: new Date(`2026-01-0${seq}T10:00:00Z`),
      actorId: null,
      actorLabel: "System (seed data)",
      action: "create",
      entityType: "StateResponse",
      entityId: `s${seq}`,
      cycleId: "c1",
      recommendationId: "r1",
      changes: { location: { from: null, to: "Part “Recommendations”" } },
      reason,
      hash: `h${seq}`,
    },
    emptyNames(),
  );

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe("auditCsvStream", () => {
  it("writes a UTF-8 BOM, the header, then one CRLF-ended line per event", async () => {
    async function* batches() {
      yield [event(1), event(2, "line one\nline two")];
      yield [event(3)];
    }
    const bytes = await readAll(auditCsvStream(batches()));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith(`${AUDIT_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain("“Recommendations”");
    // A line break inside a quoted cell is data, not a record end.
    expect(text).toContain('"line one\nline two"');
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(1 + 3);
  });

  it("with no events, is just the header", async () => {
    async function* none(): AsyncGenerator<AuditEntry[]> {}
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await readAll(auditCsvStream(none())));
    expect(text).toBe(`\uFEFF${AUDIT_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("reads the next batch only when asked, and stops reading when cancelled", async () => {
    let pulled = 0;
    let finished = false;
    async function* many() {
      try {
        for (let i = 1; i <= 9; i++) {
          pulled++;
          yield [event(i)];
        }
      } finally {
        finished = true;
      }
    }
    const reader = auditCsvStream(many()).getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    expect(pulled).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(finished).toBe(true);
    expect(pulled).toBeLessThan(9);
  });

  it("fails the stream if the database fails", async () => {
    async function* broken(): AsyncGenerator<AuditEntry[]> {
      yield [event(1)];
      throw new Error("connection lost");
    }
    await expect(readAll(auditCsvStream(broken()))).rejects.toThrow("connection lost");
  });

  it("never stops half-way on odd stored characters or an event it cannot put in words", async () => {
    const odd = event(1, "nul\u0000 bidi\u202E =cmd; lone \uD800");
    const broken = { ...event(2), lines: null } as unknown as AuditEntry; // its words cannot be written
    const capture = captureLog();
    try {
      async function* batches() {
        yield [odd, broken, event(3)];
      }
      const text = new TextDecoder().decode(await readAll(auditCsvStream(batches())));
      const lines = text.split("\r\n").filter(Boolean);
      expect(lines).toHaveLength(1 + 3);
      expect(lines[2]).toMatch(/This event could not be written out \(reference [A-Z2-9]{8}\)/);
      expect(lines[2]).toContain(",2,h2,");
      expect(text).toContain("nul\uFFFD bidi\u202E =cmd; lone");
      // The details went to the server's log, once, under the reference the row shows.
      const logged = capture.lines.filter((l) => l.event === "unexpected");
      expect(logged).toHaveLength(1);
      expect(lines[2]).toContain(String(logged[0]!.reference));
    } finally {
      capture.restore();
    }
  });
});
