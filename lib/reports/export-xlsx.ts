// XLSX (exceljs streaming WorkbookWriter, rows committed as they are built):
//  - "Recommendations": one row per recommendation (the CSV's columns);
//  - "Follow-ups": one row per public follow-up entry;
//  - "Summary": the summary tables (both lenses, changes, previous cycle) and claims;
//  - "About": cycle, both clocks, generation time, fingerprint, options and definitions.
// Header rows are bold and frozen. Every text is written as a string cell
// (never a formula); text starting with = + - @ tab or CR also gets a leading
// apostrophe (inertText), so it stays inert even when re-saved as CSV or
// edited in the cell.
import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { ReportOptions } from "./schema";
import {
  CLAIMS_HEADING,
  CLAIMS_NOTE,
  DATE_COLUMNS_NOTE,
  DEFINITIONS,
  DEFINITIONS_HEADING,
  FOLLOW_UP_COLUMNS,
  LAYOUT_LABEL,
  RECOMMENDATION_COLUMNS,
  SPREADSHEET_NOTE,
  claimLines,
  cycleName,
  followUpRows,
  inertText,
  recommendationRow,
  rowContext,
  summaryIntro,
  summaryTables,
  titleBlock,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
} from "./export-text";
import { webStream } from "./export-stream";

type Cell = string | number | Date | null;
type Sheet = ExcelJS.Worksheet;

const DATE_FORMAT = "yyyy-mm-dd";
const dateKeys = (columns: readonly { key: string; date?: true }[]) =>
  new Set(columns.filter((c) => c.date).map((c) => c.key));
const REC_DATES = dateKeys(RECOMMENDATION_COLUMNS);
const FU_DATES = dateKeys(FOLLOW_UP_COLUMNS);
const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/** A day "2011-09-09" as a date cell; text made inert; numbers as numbers. */
function cell(value: string | number, isDate: boolean): Cell {
  if (typeof value === "number") return value;
  if (value === "") return null;
  if (isDate && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00.000Z`);
  return inertText(value);
}

function setUp(sheet: Sheet, columns: readonly { key: string; header: string; width: number }[], dates: Set<string>) {
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    style: dates.has(c.key) ? { numFmt: DATE_FORMAT, alignment: wrapTop } : { alignment: wrapTop },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "bottom" };
  head.commit();
}

type Add = (cells: Cell[], bold?: boolean) => void;
function adder(sheet: Sheet): Add {
  return (cells, bold = false) => {
    const row = sheet.addRow(cells.map((c) => (typeof c === "string" ? inertText(c) : c)));
    row.alignment = wrapTop;
    if (bold) row.font = { bold: true };
    row.commit();
  };
}

/** The summary tables, one under the other: status names in column A, figures (as numbers where they are counts) after. */
async function writeSummary(sheet: Sheet, header: ReportHeaderLike, options: ReportOptions) {
  sheet.columns = [{ width: 40 }, ...Array.from({ length: 8 }, () => ({ width: 16 }))];
  const add = adder(sheet);
  add([`Summary: ${cycleName(header.cycle)}`], true);
  add([summaryIntro(header, options)]);
  for (const t of summaryTables(header)) {
    add([]);
    add([t.title], true);
    if (t.caption) add([t.caption]);
    add(t.head, true);
    for (const r of t.rows)
      add([r.cells[0]!, ...r.cells.slice(1).map((c) => (/^\d+$/.test(c) ? Number(c) : c))], r.kind !== undefined);
  }
  const claims = claimLines(header);
  if (claims.length) {
    add([]);
    add([CLAIMS_HEADING], true);
    for (const c of claims) add([c]);
    add([CLAIMS_NOTE]);
  }
  await sheet.commit();
}

async function writeAbout(sheet: Sheet, header: ReportHeaderLike, options: ReportOptions, meta: ExportMeta) {
  sheet.columns = [{ width: 24 }, { width: 110 }];
  const add = adder(sheet);
  const tb = titleBlock(header, options, meta);
  add([tb.title], true);
  add([tb.subtitle]);
  add([]);
  add(["Cycle", tb.title]);
  add(["Country", header.cycle.country.name]);
  for (const f of tb.facts) add([f.label, f.value]);
  add(["Status", tb.statusOn]);
  add(["Recorded", tb.recordedOn]);
  add(["Recorded at (UTC)", header.asOf.toISOString()]);
  add(["Generated", tb.generated.replace(/^Generated /, "")]);
  add(["Fingerprint", meta.fingerprint]);
  add(["Audit chain head", tb.auditHead.replace(/^Audit chain head: /, "")]);
  add(["Layout", LAYOUT_LABEL[options.layout]]);
  if (tb.selection) add(["Selection", tb.selection]);
  add([]);
  add([DEFINITIONS_HEADING], true);
  for (const d of DEFINITIONS) add(["", d]);
  add(["", DATE_COLUMNS_NOTE]);
  add(["", SPREADSHEET_NOTE]);
  await sheet.commit();
}

async function render(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
) {
  const frozen: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  const recs = wb.addWorksheet("Recommendations", { views: frozen });
  const fus = wb.addWorksheet("Follow-ups", { views: frozen });
  const summary = wb.addWorksheet("Summary");
  const about = wb.addWorksheet("About");
  setUp(recs, RECOMMENDATION_COLUMNS, REC_DATES);
  setUp(fus, FOLLOW_UP_COLUMNS, FU_DATES);
  const ctx = rowContext(options, meta, header);
  for await (const batch of items) {
    for (const item of batch) {
      recs
        .addRow(
          recommendationRow(header, item, ctx).map((v, i) => cell(v, REC_DATES.has(RECOMMENDATION_COLUMNS[i]!.key))),
        )
        .commit();
      for (const r of followUpRows(item))
        fus.addRow(r.map((v, i) => cell(v, FU_DATES.has(FOLLOW_UP_COLUMNS[i]!.key)))).commit();
    }
  }
  await recs.commit();
  await fus.commit();
  await writeSummary(summary, header, options);
  await writeAbout(about, header, options, meta);
  await wb.commit();
}

export function exportXlsx(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "ODIHR follow-up tracker";
  wb.created = meta.generatedAt;
  wb.title = titleBlock(header, options, meta).title;
  render(wb, header, items, options, meta).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return webStream(out);
}
