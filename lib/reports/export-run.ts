// Running a report: its fingerprint (a first pass over the items, so streaming
// formats can print it at the top), the items with their classification, and
// the whole report for the HTML page.
import "server-only";
import { addItems, Fingerprint, headerFingerprintPart, reportItems, type ReportHeader } from "./model";
import type { ReportOptions } from "./schema";
import type { ExportItem } from "./export-text";
import { withTexts } from "./item-texts";
import type { ContentLanguage } from "@/lib/translations/languages";

/**
 * The items of a report batch by batch; in a report with a language, with their texts in it where translated
 * (lib/reports/item-texts.ts). The figures are untouched: they come from lib/status, whatever the language.
 */
async function* itemsIn(header: ReportHeader, options: ReportOptions): AsyncGenerator<ExportItem[]> {
  const language = options.lang ? (options.lang.toUpperCase() as ContentLanguage) : null;
  for await (const batch of reportItems(header.cycle.id, header.moment, options))
    yield language ? await withTexts(batch, language, header.moment) : batch;
}

/**
 * The fingerprint of what a report shows: the header part, then every item
 * batch in report order. The same for every format and the HTML page, for
 * the same data and options.
 */
export async function computeFingerprint(header: ReportHeader, options: ReportOptions): Promise<string> {
  return (await computeKeys(header, options)).fingerprint;
}

/**
 * The fingerprint, and in the same pass `rowsKey`: a digest of the record ids and row stamps that the
 * spreadsheet formats (CSV, XLSX) show besides the data, so a cached spreadsheet is never served with stale stamps.
 */
export async function computeKeys(
  header: ReportHeader,
  options: ReportOptions,
): Promise<{ fingerprint: string; rowsKey: string }> {
  const fp = new Fingerprint();
  const rows = new Fingerprint();
  fp.add(headerFingerprintPart(header, options));
  for await (const batch of itemsIn(header, options)) addItems(fp, batch, rows);
  return { fingerprint: fp.digest(), rowsKey: rows.digest() };
}

/** The report's items in report order, batch by batch. */
export async function* exportItems(header: ReportHeader, options: ReportOptions): AsyncGenerator<ExportItem[]> {
  yield* itemsIn(header, options);
}

/** The whole report in one pass (the HTML page renders it all anyway), with its fingerprint. */
export async function collectReport(
  header: ReportHeader,
  options: ReportOptions,
): Promise<{ items: ExportItem[]; fingerprint: string }> {
  const fp = new Fingerprint();
  fp.add(headerFingerprintPart(header, options));
  const items: ExportItem[] = [];
  // The page quotes the stored texts (it does not mark translations yet): no translations here, so its
  // fingerprint is the downloads' whenever no translation is shown.
  for await (const batch of reportItems(header.cycle.id, header.moment, options)) {
    addItems(fp, batch);
    items.push(...batch);
  }
  return { items, fingerprint: fp.digest() };
}

/** Collects a byte stream (tests, and formats whose library needs the whole file). */
export async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
