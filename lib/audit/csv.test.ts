import { describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS, auditCsvRow, changesInWords, csvCell } from "./csv";
import { emptyNames, readableEvent } from "./readable";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
  });
  it("neutralises spreadsheet formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("keeps Cyrillic text as is", () => {
    expect(csvCell("Центральная избирательная комиссия")).toBe("Центральная избирательная комиссия");
  });
});

const REC = "ckrec00000000000000000001";
const CYCLE = "ckcyc00000000000000000001";

function entry(reason: string | null) {
  const names = emptyNames();
  names.recommendations.set(REC, { year: 2011, label: "3(a)" });
  names.cycles.set(CYCLE, { year: 2011, title: "Early presidential election", slug: "kz-2011", country: "Kazakhstan" });
  return readableEvent(
    {
      seq: 3,
      occurredAt: new Date("2026-01-01T10:20:30.456Z"),
      actorId: "ckusr00000000000000000001",
      actorLabel: "Eve, Editor",
      action: "update",
      entityType: "StateResponse",
      entityId: "ckres00000000000000000001",
      cycleId: CYCLE,
      recommendationId: REC,
      changes: { status: { to: "IMPLEMENTED", from: "ACCEPTED_IN_PART" }, version: { from: 1, to: 2 } },
      reason,
      hash: "h",
    },
    names,
  );
}

describe("audit CSV rows", () => {
  it("has readable columns first and the machines' columns at the end", () => {
    expect(AUDIT_CSV_COLUMNS).toEqual([
      "When (UTC)",
      "Who",
      "What",
      "Record",
      "Recommendation",
      "Cycle",
      "Changes",
      "Reason",
      "event_seq",
      "hash",
      "actor_id",
      "action",
      "entity_type",
      "entity_id",
      "recommendation_id",
      "cycle_id",
      "changes_json",
    ]);
  });
  it("writes one event per line: names and words, then ids and the diff as canonical JSON", () => {
    expect(auditCsvRow(entry("=cmd"))).toBe(
      [
        "2026-01-01 10:20:30",
        '"Eve, Editor"',
        "Updated",
        "State response",
        "2011 · 3(a)",
        '"Kazakhstan, 2011 · Early presidential election"',
        "Status: Accepted in part → Implemented",
        "'=cmd",
        "3",
        "h",
        "ckusr00000000000000000001",
        "update",
        "StateResponse",
        "ckres00000000000000000001",
        REC,
        CYCLE,
        '"{""status"":{""from"":""ACCEPTED_IN_PART"",""to"":""IMPLEMENTED""},""version"":{""from"":1,""to"":2}}"',
      ].join(","),
    );
  });
  it("says the changes in words, one field after another", () => {
    expect(
      changesInWords([
        { field: "status", label: "Status", from: "Accepted in part", to: "Implemented" },
        { field: "date", label: "Date", to: "July 2011" },
      ]),
    ).toBe("Status: Accepted in part → Implemented; Date: July 2011");
  });
});
