// Reading an edited export back: the file's kind judged by its content (an
// XLSX workbook is a ZIP holding xl/workbook.xml; a CSV is UTF-8 text), then
// its "Recommendations" sheet (or CSV) as rows of text cells keyed by the
// header row. Dates become YYYY-MM-DD; the apostrophe the export puts before a
// formula-like text is taken off again. Row numbers are the spreadsheet's own
// (the header is row 1), so every message points at a row a person can find.
import "server-only";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { isoDay } from "@/lib/dated";
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, type SheetFile, type SheetRow } from "./schema";
import { zipProblem } from "@/lib/files/zip-limits";

export type Parsed = { ok: true; file: SheetFile } | { ok: false; errors: string[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** "xlsx" for a workbook, "csv" for UTF-8 text, null for anything else. */
export function sniffSheetKind(bytes: Uint8Array): "xlsx" | "csv" | null {
  if (ZIP.every((b, i) => bytes[i] === b)) {
    // ZIP entry names are stored as plain bytes.
    return Buffer.from(bytes).includes("xl/workbook.xml") ? "xlsx" : null;
  }
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "csv";
  } catch {
    return null;
  }
}

/** Undoes the export's formula guard (lib/reports/export-rows.ts inertText). */
export function uninert(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellText(v: ExcelJS.CellValue, isDateColumn: boolean): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return isoDay(v);
  if (typeof v === "number") {
    // A day typed into a date column of a workbook whose format was lost.
    if (isDateColumn && Number.isInteger(v) && v > 20_000 && v < 80_000)
      return isoDay(new Date(EXCEL_EPOCH + v * 864e5));
    return String(v);
  }
  if (typeof v === "string" || typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return String(v.text ?? v.hyperlink);
    if ("formula" in v || "sharedFormula" in v)
      return cellText((v as { result?: ExcelJS.CellValue }).result ?? null, isDateColumn);
    if ("error" in v) return "";
  }
  return String(v);
}

const isDateHeader = (h: string) => / date( from| to)?$/i.test(h) && !/^Date of/i.test(h);

function rowsFromTable(table: string[][], rowNumbers: number[]): Parsed {
  const [head, ...body] = table;
  if (!head) return { ok: false, errors: ["The file is empty."] };
  const headers = head.map((h) => h.trim());
  const bodyNumbers = rowNumbers.slice(1);
  if (body.length > MAX_SHEET_ROWS)
    return { ok: false, errors: [`At most ${MAX_SHEET_ROWS} rows per import: split the file.`] };
  const rows: SheetRow[] = body.map((cells, i) => ({
    row: bodyNumbers[i]!,
    cells: Object.fromEntries(
      headers.flatMap((h, c) => (h ? [[h, uninert((cells[c] ?? "").replace(/\r\n?/g, "\n").trim())]] : [])),
    ),
  }));
  return { ok: true, file: { name: "", sha256: "", kind: "csv", headers, rows } };
}

/**
 * RFC 4180 with the separator of the header line: a comma, or the semicolon that spreadsheets set to a
 * decimal-comma locale write. Records are numbered as a spreadsheet shows them (a quoted line break stays in its
 * cell); blank records keep their number and are dropped.
 */
export function parseCsvRecords(text: string): { table: string[][]; numbers: number[] } {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const table: string[][] = [];
  const numbers: number[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let n = 1;
  const end = () => {
    row.push(field);
    if (row.some((f) => f.trim() !== "")) {
      table.push(row);
      numbers.push(n);
    }
    row = [];
    field = "";
    n++;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === sep) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      end();
    } else field += c;
  }
  if (field !== "" || row.length > 0) end();
  return { table, numbers };
}

function parseCsvText(text: string): Parsed {
  const { table, numbers } = parseCsvRecords(text);
  return rowsFromTable(table, numbers);
}

async function parseXlsx(bytes: Uint8Array): Promise<Parsed> {
  const unsafe = zipProblem(bytes);
  if (unsafe) return { ok: false, errors: [`This workbook cannot be opened: ${unsafe}.`] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, errors: ["The workbook could not be read: save it again as .xlsx (Excel workbook)."] };
  }
  const ws = wb.getWorksheet("Recommendations") ?? wb.worksheets[0];
  if (!ws) return { ok: false, errors: ["The workbook has no sheet."] };
  const width = ws.columnCount;
  const headers = Array.from({ length: width }, (_, c) => cellText(ws.getRow(1).getCell(c + 1).value, false).trim());
  const table: string[][] = [];
  const numbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    table.push(
      Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value, isDateHeader(headers[c] ?? ""))),
    );
    numbers.push(n);
  });
  if (numbers[0] !== 1) return { ok: false, errors: ["The first row of the sheet must name the columns."] };
  const r = rowsFromTable(table, numbers);
  return r.ok ? { ok: true, file: { ...r.file, kind: "xlsx" } } : r;
}

/** The uploaded file as rows, or why it cannot be read (nothing else is checked here). */
export async function parseSheet(name: string, bytes: Uint8Array): Promise<Parsed> {
  if (bytes.length === 0) return { ok: false, errors: ["The file is empty."] };
  if (bytes.length > MAX_SHEET_BYTES)
    return {
      ok: false,
      errors: [`The file is larger than ${MAX_SHEET_BYTES / 1000} kB: split it into smaller files.`],
    };
  const kind = sniffSheetKind(bytes);
  if (!kind)
    return {
      ok: false,
      errors: [
        "This file is neither an Excel workbook (.xlsx) nor a CSV file in UTF-8: export it again from the tracker.",
      ],
    };
  const r = kind === "xlsx" ? await parseXlsx(bytes) : parseCsvText(Buffer.from(bytes).toString("utf8"));
  if (!r.ok) return r;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, file: { ...r.file, name, sha256, kind } };
}
