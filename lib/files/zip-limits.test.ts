import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { assertSafeZip, UnsafeArchiveError, zipProblem, ZIP_LIMITS } from "./zip-limits";
import { extractText } from "./extract-text";
import { parseSheet } from "@/lib/sheet-import/parse";
import { zipOf } from "@/lib/test/zip";

describe("ZIP limits before a DOCX or XLSX is opened (ASVS 12.1.2)", () => {
  it("lets real Word documents and workbooks through", async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("1. Text")] }] }));
    expect(zipProblem(new Uint8Array(docx))).toBeNull();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Recommendations").addRow(["Label", "Text"]);
    expect(zipProblem(new Uint8Array(await wb.xlsx.writeBuffer()))).toBeNull();
    expect(zipProblem(zipOf([{ name: "word/document.xml", data: Buffer.from("<w/>".repeat(100)) }]))).toBeNull();
  });

  it("refuses an entry that inflates far beyond any document (a zip bomb), before inflating it", () => {
    const bomb = zipOf([{ name: "word/document.xml", data: Buffer.alloc(20 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(zipProblem(bomb)).toMatch(/compressed far beyond/);
    expect(() => assertSafeZip(bomb, "Word document")).toThrow(UnsafeArchiveError);
  });

  it("refuses too many parts, and too much data in total", () => {
    const many = zipOf(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, data: Buffer.from("x") })));
    expect(zipProblem(many, { ...ZIP_LIMITS, maxEntries: 20 })).toMatch(/holds 30 parts; at most 20/);
    const big = zipOf([{ name: "a", data: Buffer.from("ab".repeat(2000)) }]);
    expect(zipProblem(big, { ...ZIP_LIMITS, maxUncompressedBytes: 1000 })).toMatch(/would unpack to more than/);
  });

  it("refuses truncated or damaged archives without throwing", () => {
    const zip = zipOf([{ name: "word/document.xml", data: Buffer.from("<w/>") }]);
    expect(zipProblem(zip.subarray(0, 40))).toMatch(/not a complete ZIP/);
    const damaged = Uint8Array.from(zip);
    const dir = damaged.length - 22 - 46 - "word/document.xml".length;
    damaged[dir] = 0;
    expect(zipProblem(damaged)).toMatch(/damaged/);
    expect(zipProblem(new Uint8Array(10))).toMatch(/not a complete ZIP/);
  });

  it("is checked by text extraction, which says why in words", async () => {
    const bomb = zipOf([{ name: "word/document.xml", data: Buffer.alloc(20 * 1024 * 1024) }]);
    await expect(extractText(bomb, "docx")).rejects.toThrow(/This Word document cannot be opened: .*zip bomb/);
  });

  it("is checked before a workbook is read, with one clear message", async () => {
    const bomb = zipOf([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(20 * 1024 * 1024) },
    ]);
    expect(await parseSheet("sheet.xlsx", bomb)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^This workbook cannot be opened: .*zip bomb/)],
    });
  });
});
