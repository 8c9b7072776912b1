import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, parseCsv, parseImport } from "./import";

const header = IMPORT_COLUMNS.join(",");

describe("CSV import of recommendation texts", () => {
  it("parses quoted fields with commas, quotes, line breaks, BOM and CRLF", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","line1\nline2"\r\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "line1\nline2"],
    ]);
  });

  it("accepts valid rows, keeping Cyrillic text", () => {
    const r = parseImport(
      `${header}\n17,,,,"Abstentions should be counted, Центральная комиссия.",no,ACE database,,\n2(a),A,Priority,Lead-in,Text two,yes,Report p. 3,p. 3,https://example.org/r.pdf\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => [x.label, x.priority, x.text_verified])).toEqual([
      ["17", "UNSPECIFIED", "no"],
      ["2(a)", "PRIORITY", "yes"],
    ]);
    expect(r.rows[0]!.text).toContain("Центральная");
  });

  it("reports every problem at once, by line and column", () => {
    const r = parseImport(
      `${header}\nA.1,,,,,maybe,,,javascript:x\n3,,Urgent,,<script>x</script>,yes,p,,\n5,,,,ok,no,p,,\n5,,,,ok2,no,p,,\n`,
    );
    expect(r).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        'Line 2, label: must be a number as printed, e.g. "17" or "2(a)"',
        "Line 2, text: text is required",
        'Line 2, text_verified: must be "yes" or "no"',
        "Line 2, provenance: provenance is required",
        "Line 3, priority: must be Priority, Other or empty",
        "Line 3, text: text must be plain text, without HTML tags such as <script>",
        "Line 2, source_url: source_url must start with http:// or https://",
        "Line 5, label: 5 appears twice in the file",
      ]),
    });
    expect(r.ok === false && r.errors).toHaveLength(8);
  });

  it("refuses a file without the expected header, or without rows", () => {
    expect(parseImport("label,text\n1,x\n")).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^Missing columns: section, priority/)],
    });
    expect(parseImport(`${header}\n`)).toEqual({ ok: false, errors: ["The file has no rows after the header."] });
    expect(parseImport("")).toEqual({ ok: false, errors: ["The file is empty."] });
  });
});
