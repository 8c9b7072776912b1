// Spreadsheet rows (XLSX first sheet and CSV): one row per recommendation,
// readable on its own: the shared lead-in of a lettered part, the dates in
// words with their precision and bounds, earlier and later forms, and the
// report's two clocks and fingerprint.
import type { DateOut, ReportItem } from "./items";
import type { ReportOptions } from "./schema";
import {
  auditHeadLine,
  coverageSentenceIn,
  cycleName,
  datedText,
  precisionWord,
  recordedOnLine,
  statusOnLine,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
  type TextReading,
} from "./export-words";
import { sectionPath } from "./export-outline";
import {
  assessorText,
  formRefText,
  independentStatusLabel,
  readingMark,
  stateStatusLabel,
  statusSentence,
} from "./export-item-text";
import { priorityLabel } from "./export-summary-text";
import { ENGLISH, type ReportWords } from "./report-words";

// ---------------------------------------------------------------- spreadsheet rows (XLSX first sheet and CSV)

/** The round trip's own column headers (read back by lib/sheet-import/parse.ts), as the English export writes them. */
export const SHEET_COLUMNS = {
  recordId: "Record id",
  link: "Link",
  stamp: "Row stamp",
  newFollowUp: "New follow-up",
  newFollowUpDate: "New follow-up date",
} as const;

type Column = { key: string; header: string; width: number; date?: true };

// Keys and widths; the headers are the catalogue's "reportExport.columns" in the report's language.
const dated = (key: string): [string, number, true?][] => [
  [`${key}Date`, 22],
  [`${key}Precision`, 12],
  [`${key}From`, 12, true],
  [`${key}To`, 12, true],
  [`${key}Note`, 40],
];
const REC: [string, number, true?][] = [
  ["cycle", 24],
  ["label", 10],
  ["section", 32],
  ["priority", 12],
  ["leadIn", 50],
  ["text", 70],
  ["textLanguage", 30],
  ["earlier", 30],
  ["later", 30],
  ["state", 24],
  ...dated("response"),
  ["statusSentence", 36],
  ["responseText", 70],
  ["responseTextLanguage", 30],
  ["responseSource", 40],
  ["independent", 22],
  ["assessor", 24],
  ...dated("assessment"),
  ["rationale", 50],
  ["assessmentSource", 40],
  ["institutions", 32],
  ["themes", 32],
  ["followUps", 10],
  ["latestFollowUp", 14, true],
  ["statusOn", 24],
  ["recordedOn", 24],
  ["fingerprint", 18],
  ["coverage", 40],
  // The spreadsheet round trip (lib/sheet-import, docs/spreadsheet-template.md): the stable id rows are matched
  // by, the recommendation's page, the stamp of its entries at export, and two empty cells for a new follow-up.
  ["recordId", 28],
  ["link", 40],
  ["stamp", 14],
  ["newFollowUp", 50],
  ["newFollowUpDate", 14, true],
];
const FU: [string, number, true?][] = [
  ["label", 10],
  ...dated("action"),
  ["action", 60],
  ["institution", 30],
  ["evidence", 40],
  ["nextStep", 40],
  ["targetDate", 14, true],
];
/** The text-language columns, only in a report in another language than English (English files read as before). */
const LANGUAGE_KEYS = new Set(["textLanguage", "responseTextLanguage"]);
const withLanguages = (w: ReportWords) => w.locale !== "en";

const columns = (spec: [string, number, true?][], w: ReportWords): Column[] =>
  spec
    .filter(([key]) => withLanguages(w) || !LANGUAGE_KEYS.has(key))
    .map(([key, width, date]) => ({ key, header: w.t(`columns.${key}`), width, ...(date && { date }) }));

/** The first sheet's (and the CSV's) columns in the report's language. */
export const recommendationColumns = (w: ReportWords = ENGLISH): readonly Column[] => columns(REC, w);
/** The follow-up sheet's columns in the report's language. */
export const followUpColumns = (w: ReportWords = ENGLISH): readonly Column[] => columns(FU, w);

export const RECOMMENDATION_COLUMNS: readonly Column[] = recommendationColumns(ENGLISH);
export const FOLLOW_UP_COLUMNS: readonly Column[] = followUpColumns(ENGLISH);

const dateCells = (d: DateOut | null | undefined, w: ReportWords): string[] =>
  d
    ? [datedText(d, w), d.precision ? precisionWord(d.precision, w) : "", d.from ?? "", d.to ?? "", d.note ?? ""]
    : ["", "", "", "", ""];

/** The language cell of a quoted text: its mark (original or translation), else the language it is in. */
const languageCell = (r: TextReading | null | undefined, w: ReportWords) =>
  r ? (readingMark(r, w) ?? w.languageName(r.language)) : "";

/** What every row repeats about the report, so a row copied out still says when it describes. */
export interface RowContext {
  statusOn: string;
  recordedOn: string;
  fingerprint: string;
  /** "Recorded 1 of 30 recommendations. Only 1 …": a row copied out still says the cycle is partial. */
  coverage: string;
  /** Where the app is served ("https://tracker.example.org"), for each row's link. */
  origin: string;
}
export function rowContext(
  options: Pick<ReportOptions, "on" | "asOf">,
  meta: ExportMeta,
  header: Pick<ReportHeaderLike, "coverage" | "auditHead">,
  w: ReportWords = ENGLISH,
): RowContext {
  const recorded = options.asOf
    ? recordedOnLine(options, w)
    : w.t("moment.recordedNowParen", { time: w.timestamp(meta.generatedAt) });
  // A CSV has no title block: each row names the audit chain's head too (when the report has one).
  const head = header.auditHead === undefined ? "" : ` \u00b7 ${auditHeadLine(header.auditHead, w)}`;
  return {
    statusOn: statusOnLine(options, w),
    recordedOn: `${recorded}${head}`,
    fingerprint: meta.fingerprint,
    coverage: coverageSentenceIn(header.coverage, w),
    origin: (meta.origin ?? DEFAULT_ORIGIN).replace(/\/+$/, ""),
  };
}

const DEFAULT_ORIGIN = "http://localhost:3000";

/** The absolute address of a recommendation's page. */
export const recommendationLink = (origin: string, id: string) =>
  `${origin.replace(/\/+$/, "")}/recommendations/${encodeURIComponent(id)}`;

const forms = (list: ReportItem["earlier"], direction: "earlier" | "later", w: ReportWords) =>
  list.map((f) => formRefText(f, direction, w)).join("; ");

/** One spreadsheet row per recommendation; days as YYYY-MM-DD, numbers as numbers. */
export function recommendationRow(
  h: Pick<ReportHeaderLike, "cycle">,
  item: ExportItem,
  ctx: RowContext,
  w: ReportWords = ENGLISH,
): (string | number)[] {
  const a = item.assessment;
  const latest = item.followUps.reduce<string>((m, f) => (f.date.to && f.date.to > m ? f.date.to : m), "");
  const lang = withLanguages(w);
  return [
    cycleName(h.cycle),
    item.label,
    sectionPath(h.cycle.sections, item.sectionId),
    item.priority ? priorityLabel(item.priority, w) : "",
    item.leadIn ?? "",
    item.text,
    ...(lang ? [languageCell(item.reading?.text, w)] : []),
    forms(item.earlier, "earlier", w),
    forms(item.later, "later", w),
    stateStatusLabel(item, w),
    ...dateCells(item.response?.date, w),
    statusSentence(item) ?? "",
    item.response?.text ?? "",
    ...(lang ? [item.response?.text ? languageCell(item.reading?.response, w) : ""] : []),
    item.response?.source ?? "",
    independentStatusLabel(item, w),
    a ? assessorText(a, w) : "",
    ...dateCells(a?.date, w),
    a?.rationale ?? "",
    a?.source ?? "",
    item.institutions.join("; "),
    item.themes.join("; "),
    item.followUps.length,
    latest,
    ctx.statusOn,
    ctx.recordedOn,
    ctx.fingerprint,
    ctx.coverage,
    item.id,
    recommendationLink(ctx.origin, item.id),
    item.stamp ?? "",
    "",
    "",
  ];
}

export function followUpRows(item: ReportItem, w: ReportWords = ENGLISH): string[][] {
  return item.followUps.map((f) => [
    item.label,
    ...dateCells(f.date, w),
    f.actionTaken,
    f.institution ?? "",
    f.evidence ?? "",
    f.nextStep ?? "",
    f.targetDate ?? "",
  ]);
}

/** Spreadsheet safety: a text cell that a spreadsheet would run as a formula gets a leading apostrophe (same rule as lib/audit/csv.ts). */
export function inertText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export const SPREADSHEET_NOTE = ENGLISH.t("sheet.formulaNote");
export const DATE_COLUMNS_NOTE = ENGLISH.t("sheet.dateColumnsNote");
