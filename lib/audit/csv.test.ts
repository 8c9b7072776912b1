import { describe, expect, it } from "vitest";
import { auditCsvRow, csvCell } from "./csv";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
  });
  it("neutralises spreadsheet formulas", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("keeps Cyrillic text as is", () => {
    expect(csvCell("Центральная избирательная комиссия")).toBe("Центральная избирательная комиссия");
  });
  it("writes one event per line with its diff as canonical JSON", () => {
    const row = auditCsvRow({
      seq: 3, occurredAt: new Date("2026-01-01T00:00:00Z"), actorId: "u1", actorLabel: "Eve, Editor", action: "update", entityType: "StateResponse",
      entityId: "s1", cycleId: "c1", recommendationId: "r1", changes: { status: { to: "IMPLEMENTED", from: "ACCEPTED_IN_PART" } }, reason: "=cmd", hash: "h",
    });
    expect(row).toBe('3,2026-01-01T00:00:00.000Z,"Eve, Editor",u1,update,StateResponse,s1,c1,r1,\'=cmd,"{""status"":{""from"":""ACCEPTED_IN_PART"",""to"":""IMPLEMENTED""}}",h');
  });
});
