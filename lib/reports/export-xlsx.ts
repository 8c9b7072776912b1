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
  claimLines,
  cycleName,
  definitions,
  followUpColumns,
  followUpRows,
  inertText,
  recommendationColumns,
  recommendationRow,
  rowContext,
  summaryIntro,
  summaryTables,
  titleBlock,
  wordsOf,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
  type ReportWords,
} from "./export-text";
import { webStream } from "./export-stream";

type Cell = string | number | Date | null;
type Sheet = ExcelJS.Worksheet;

const DATE_FORMAT = "yyyy-mm-dd";
const dateKeys = (columns: readonly { key: string; date?: true }[]) =>
  new Set(columns.filter((c) => c.date).map((c) => c.key));
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
async function writeSummary(sheet: Sheet, header: ReportHeaderLike, options: ReportOptions, w: ReportWords) {
  sheet.columns = [{ width: 40 }, ...Array.from({ length: 8 }, () => ({ width: 16 }))];
  const add = adder(sheet);
  add([w.t("sheet.summaryTitle", { cycle: cycleName(header.cycle) })], true);
  add([summaryIntro(header, options, w)]);
  for (const t of summaryTables(header, w)) {
    add([]);
    add([t.title], true);
    if (t.caption) add([t.caption]);
    add(t.head, true);
    for (const r of t.rows)
      add([r.cells[0]!, ...r.cells.slice(1).map((c) => (/^\d+$/.test(c) ? Number(c) : c))], r.kind !== undefined);
  }
  const claims = claimLines(header, w);
  if (claims.length) {
    add([]);
    add([w.t("claims.heading")], true);
    for (const c of claims) add([c]);
    add([w.t("claims.note")]);
  }
  await sheet.commit();
}

async function writeAbout(
  sheet: Sheet,
  header: ReportHeaderLike,
  options: ReportOptions,
  meta: ExportMeta,
  w: ReportWords,
) {
  sheet.columns = [{ width: 24 }, { width: 110 }];
  const add = adder(sheet);
  const tb = titleBlock(header, options, meta, w);
  const head = header.auditHead;
  add([tb.title], true);
  add([tb.subtitle]);
  add([]);
  add([w.t("sheet.cycle"), tb.title]);
  add([w.t("sheet.country"), header.cycle.country.name]);
  for (const f of tb.facts) add([f.label, f.value]);
  add([w.t("sheet.status"), tb.statusOn]);
  add([w.t("sheet.recorded"), tb.recordedOn]);
  add([w.t("sheet.recordedAt"), header.asOf.toISOString()]);
  add([w.t("sheet.generated"), w.timestamp(meta.generatedAt)]);
  add([w.t("sheet.fingerprint"), meta.fingerprint]);
  add([
    w.t("sheet.auditHead"),
    head ? w.t("sheet.auditHeadValue", { seq: head.seq, hash: head.hash.slice(0, 12) }) : w.t("sheet.auditHeadNone"),
  ]);
  add([w.t("sheet.layout"), w.t(`layout.${options.layout}`)]);
  if (tb.selection) add([w.t("sheet.selection"), tb.selection]);
  // English files read as before; another language names itself, and that the round trip reads English files.
  if (w.locale !== "en") {
    add([w.t("sheet.language"), w.t(`languageName.${w.content}`)]);
    add(["", w.t("sheet.roundTripNote")]);
  }
  add([]);
  add([w.t("definitions.heading")], true);
  for (const d of definitions(w)) add(["", d]);
  add(["", w.t("sheet.dateColumnsNote")]);
  add(["", w.t("sheet.formulaNote")]);
  await sheet.commit();
}

async function render(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
) {
  const w = wordsOf(options);
  const recCols = recommendationColumns(w);
  const fuCols = followUpColumns(w);
  const recDates = dateKeys(recCols);
  const fuDates = dateKeys(fuCols);
  const frozen: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  // The import reads the sheet named "Recommendations", else the first: this one (lib/sheet-import/parse.ts).
  const recs = wb.addWorksheet(w.t("sheet.recommendations"), { views: frozen });
  const fus = wb.addWorksheet(w.t("sheet.followUps"), { views: frozen });
  const summary = wb.addWorksheet(w.t("sheet.summary"));
  const about = wb.addWorksheet(w.t("sheet.about"));
  setUp(recs, recCols, recDates);
  setUp(fus, fuCols, fuDates);
  const ctx = rowContext(options, meta, header, w);
  for await (const batch of items) {
    for (const item of batch) {
      recs
        .addRow(recommendationRow(header, item, ctx, w).map((v, i) => cell(v, recDates.has(recCols[i]!.key))))
        .commit();
      for (const r of followUpRows(item, w)) fus.addRow(r.map((v, i) => cell(v, fuDates.has(fuCols[i]!.key)))).commit();
    }
  }
  await recs.commit();
  await fus.commit();
  await writeSummary(summary, header, options, w);
  await writeAbout(about, header, options, meta, w);
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
  const w = wordsOf(options);
  wb.title = titleBlock(header, options, meta, w).title;
  // The workbook's language (docProps/core.xml dc:language): exceljs writes the writer's `language` field.
  (wb as unknown as { language: string }).language = w.locale;
  render(wb, header, items, options, meta).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return webStream(out);
}
