// Reading a spreadsheet back: kinds judged by content, CSV separators, row numbers, the formula guard undone.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parseCsvRecords, parseSheet, sniffSheetKind, uninert } from "./parse";

describe("reading an edited spreadsheet", () => {
  it("judges the kind by content, not by name", async () => {
    expect(sniffSheetKind(Buffer.from("Record id,Row stamp\r\n"))).toBe("csv");
    expect(sniffSheetKind(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00]))).toBeNull();
    expect(sniffSheetKind(Buffer.from([0xff, 0xfe, 0x41]))).toBeNull(); // not UTF-8
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Recommendations").addRow(["Record id"]);
    expect(sniffSheetKind(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe("xlsx");
    expect(sniffSheetKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull(); // a ZIP, not a workbook
    const bad = await parseSheet("report.xlsx", Buffer.from("%PDF-1.7\u0000"));
    expect(bad).toEqual({ ok: false, errors: [expect.stringContaining("neither an Excel workbook")] });
  });

  it("reads comma or semicolon CSV, quoted line breaks, and numbers rows as a spreadsheet shows them", () => {
    const comma = parseCsvRecords('\uFEFFa,b\r\n"x, ""y""","line\r\nbreak"\r\n\r\n3,4\r\n');
    expect(comma).toEqual({
      table: [
        ["a", "b"],
        ['x, "y"', "line\r\nbreak"],
        ["3", "4"],
      ],
      numbers: [1, 2, 4],
    });
    expect(parseCsvRecords("a;b\n1,5;2\n").table).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
  });

  it("gives rows keyed by header with the file's sha256, the export's apostrophe taken off", async () => {
    const r = await parseSheet("kz.csv", Buffer.from("Record id,Response text\r\nabc,'=1+1\r\n"));
    expect(r.ok && r.file).toMatchObject({
      name: "kz.csv",
      kind: "csv",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      rows: [{ row: 2, cells: { "Record id": "abc", "Response text": "=1+1" } }],
    });
    expect(uninert("'-5")).toBe("-5");
    expect(uninert("'quoted'")).toBe("'quoted'");
  });
});
