// Test helpers for the report exports: generate a format, read it back as
// text or rows (CSV, XLSX by column header), flatten PDF text.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import type { ReportHeader } from "./model";
import type { ReportOptions } from "./schema";
import { exportItems, streamBytes } from "./export-run";
import type { ExportFormat, ExportMeta } from "./export-text";
import { exportPdf } from "./export-pdf";
import { exportDocx } from "./export-docx";
import { exportXlsx } from "./export-xlsx";
import { exportCsv } from "./export-csv";
import { exportJson } from "./export-json";
import { parseCsv } from "@/lib/test/csv";

export { parseCsv };

const EXPORTERS = { pdf: exportPdf, docx: exportDocx, xlsx: exportXlsx, csv: exportCsv, json: exportJson };

export async function generate(
  format: ExportFormat,
  h: ReportHeader,
  o: ReportOptions,
  m: ExportMeta,
): Promise<Buffer> {
  return streamBytes(EXPORTERS[format](h, exportItems(h, o), o, m));
}

export const flat = (s: string) => s.replace(/\s+/g, " ");

export async function pdfText(buf: Buffer): Promise<{ text: string; pages: number }> {
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true });
  return { text: flat(text), pages: totalPages };
}

export async function docxText(buf: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: buf })).value;
}

/** A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
export function csvRecords(buf: Buffer): { head: string[]; records: Record<string, string>[] } {
  const [head, ...rows] = parseCsv(buf.toString("utf8").slice(1));
  return { head: head!, records: rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!]))) };
}

export async function workbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as records keyed by its header row. */
export function sheetRecords(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const head = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Object.fromEntries(head.map((h, i) => [h, row.getCell(i + 1).value])));
  }
  return out;
}

/** Every cell of every sheet, as text. */
export function allCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((r) => r.eachCell((c) => out.push(c.value instanceof Date ? c.value.toISOString() : String(c.value))));
  return out;
}
