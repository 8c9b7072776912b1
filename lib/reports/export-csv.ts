// CSV: one row per recommendation (the columns of the XLSX first sheet); each
// row carries the report's two clocks and fingerprint, as a CSV has no title block.
// RFC 4180 quoting, UTF-8 with a BOM (Excel then reads Cyrillic and
// typographic quotes), CRLF line ends; cells a spreadsheet would run as a
// formula get a leading apostrophe (csvCell from lib/csv.ts).
import "server-only";
import { csvRow } from "@/lib/csv";
import type { ReportOptions } from "./schema";
import {
  recommendationColumns,
  recommendationRow,
  rowContext,
  wordsOf,
  type ReportWords,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
  type RowContext,
} from "./export-text";
import { pullStream } from "./export-stream";

const BOM = "\uFEFF";

export { csvRow };

async function* lines(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  ctx: RowContext,
  w: ReportWords,
): AsyncGenerator<string> {
  yield BOM + csvRow(recommendationColumns(w).map((c) => c.header));
  for await (const batch of items) {
    if (batch.length) yield batch.map((i) => csvRow(recommendationRow(header, i, ctx, w))).join("");
  }
}

export function exportCsv(
  header: ReportHeaderLike,
  items: AsyncIterable<ExportItem[]>,
  options: ReportOptions,
  meta: ExportMeta,
): ReadableStream<Uint8Array> {
  const w = wordsOf(options);
  return pullStream(lines(header, items, rowContext(options, meta, header, w), w));
}
