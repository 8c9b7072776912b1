import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell: one safe cell for spreadsheets splitting on , or ;", () => {
  it("neutralises every formula start with a leading apostrophe", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+7 701 000")).toBe("'+7 701 000");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    // Tab and CR starts (a cell trimmed by a reader would otherwise start with =).
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell("\r=cmd")).toBe('"\'\r=cmd"');
  });

  it("quotes a cell holding ; as well as , — the ;-locale formula attack stays one text cell", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a,b")).toBe('"a,b"');
    // In a ; locale, an unquoted `x;=HYPERLINK(…)` would put a formula in the next column.
    expect(csvRow(['x;=HYPERLINK("http://evil")', "ok"])).toBe('"x;=HYPERLINK(""http://evil"")",ok\r\n');
    expect(csvCell('=IMPORTXML("http://evil";"//a")')).toBe('"\'=IMPORTXML(""http://evil"";""//a"")"');
  });

  it("keeps ordinary text as it is, and never fails on odd values", () => {
    expect(csvCell("Центральная избирательная комиссия")).toBe("Центральная избирательная комиссия");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2011-07-13T00:00:00Z"))).toBe("2011-07-13T00:00:00.000Z");
    expect(csvCell(new Date(Number.NaN))).toBe("");
    expect(csvCell("nul\u0000byte")).toBe("nul\uFFFDbyte");
    expect(csvCell("lone \uD800 surrogate")).toBe("lone \uD800 surrogate");
  });
});
