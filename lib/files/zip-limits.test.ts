import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { assertSafeZip, UnsafeArchiveError, zipProblem, ZIP_LIMITS } from "./zip-limits";
import { extractText } from "./extract-text";
import { parseSheet } from "@/lib/sheet-import/parse";

interface Entry {
  name: string;
  data: Buffer;
}

/** A minimal, valid ZIP (deflated entries, no CRC check by our reader), written the way the format says. */
function zipOf(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

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
