// Spreadsheet rows (XLSX first sheet and CSV): one row per recommendation,
// readable on its own: the shared lead-in of a lettered part, the dates in
// words with their precision and bounds, earlier and later forms, and the
// report's two clocks and fingerprint.
import { coverageSentence } from "@/lib/status/coverage-text";
import { PRIORITY } from "@/lib/vocab";
import type { DateOut, ReportItem } from "./items";
import type { ReportOptions } from "./schema";
import {
  DATE_PRECISION_WORD,
  auditHeadLine,
  cycleName,
  recordedOnLine,
  statusOnLine,
  utcTimestamp,
  type ExportItem,
  type ExportMeta,
  type ReportHeaderLike,
} from "./export-words";
import { sectionPath } from "./export-outline";
import {
  assessorText,
  formRefText,
  independentStatusLabel,
  stateStatusLabel,
  statusSentence,
} from "./export-item-text";

// ---------------------------------------------------------------- spreadsheet rows (XLSX first sheet and CSV)

/** The round trip's own column headers (read back by lib/sheet-import/parse.ts). */
export const SHEET_COLUMNS = {
  recordId: "Record id",
  link: "Link",
  stamp: "Row stamp",
  newFollowUp: "New follow-up",
  newFollowUpDate: "New follow-up date",
} as const;

type Column = { key: string; header: string; width: number; date?: true };

/** A dated entry's four columns: the date in words, its precision, and its bounds (machine-readable days). */
const dateColumns = (key: string, what: string): Column[] => [
  { key: `${key}Date`, header: `Date of the ${what}`, width: 22 },
  { key: `${key}Precision`, header: `Precision of the ${what} date`, width: 12 },
  { key: `${key}From`, header: `${capital(what)} date from`, width: 12, date: true },
  { key: `${key}To`, header: `${capital(what)} date to`, width: 12, date: true },
  { key: `${key}Note`, header: `Note on the ${what} date`, width: 40 },
];
function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const dateCells = (d: DateOut | null | undefined): string[] =>
  d
    ? [d.text, d.precision ? DATE_PRECISION_WORD[d.precision] : "", d.from ?? "", d.to ?? "", d.note ?? ""]
    : ["", "", "", "", ""];

export const RECOMMENDATION_COLUMNS: readonly Column[] = [
  { key: "cycle", header: "Cycle", width: 24 },
  { key: "label", header: "Recommendation", width: 10 },
  { key: "section", header: "Section", width: 32 },
  { key: "priority", header: "Priority", width: 12 },
  { key: "leadIn", header: "Shared lead-in", width: 50 },
  { key: "text", header: "Recommendation text", width: 70 },
  { key: "earlier", header: "Earlier forms", width: 30 },
  { key: "later", header: "Later forms", width: 30 },
  { key: "state", header: "State response", width: 24 },
  ...dateColumns("response", "response"),
  { key: "statusSentence", header: "Status sentence", width: 36 },
  { key: "responseText", header: "Response text", width: 70 },
  { key: "responseSource", header: "Response source", width: 40 },
  { key: "independent", header: "Independent assessment", width: 22 },
  { key: "assessor", header: "Assessor", width: 24 },
  ...dateColumns("assessment", "assessment"),
  { key: "rationale", header: "Rationale", width: 50 },
  { key: "assessmentSource", header: "Assessment source", width: 40 },
  { key: "institutions", header: "Responsible institutions", width: 32 },
  { key: "themes", header: "Themes", width: 32 },
  { key: "followUps", header: "Follow-up entries", width: 10 },
  { key: "latestFollowUp", header: "Latest follow-up", width: 14, date: true },
  { key: "statusOn", header: "Status on", width: 24 },
  { key: "recordedOn", header: "As recorded on", width: 24 },
  { key: "fingerprint", header: "Fingerprint", width: 18 },
  { key: "coverage", header: "Coverage", width: 40 },
  // The spreadsheet round trip (lib/sheet-import, docs/spreadsheet-template.md): the stable id rows are matched
  // by, the recommendation's page, the stamp of its entries at export, and two empty cells for a new follow-up.
  { key: "recordId", header: SHEET_COLUMNS.recordId, width: 28 },
  { key: "link", header: SHEET_COLUMNS.link, width: 40 },
  { key: "stamp", header: SHEET_COLUMNS.stamp, width: 14 },
  { key: "newFollowUp", header: SHEET_COLUMNS.newFollowUp, width: 50 },
  { key: "newFollowUpDate", header: SHEET_COLUMNS.newFollowUpDate, width: 14, date: true },
];

export const FOLLOW_UP_COLUMNS: readonly Column[] = [
  { key: "label", header: "Recommendation", width: 10 },
  ...dateColumns("action", "action"),
  { key: "action", header: "Action taken", width: 60 },
  { key: "institution", header: "Institution", width: 30 },
  { key: "evidence", header: "Evidence", width: 40 },
  { key: "nextStep", header: "Next step", width: 40 },
  { key: "targetDate", header: "Target date", width: 14, date: true },
];

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
): RowContext {
  const recorded = options.asOf
    ? recordedOnLine(options)
    : `${recordedOnLine(options)} (${utcTimestamp(meta.generatedAt)})`;
  // A CSV has no title block: each row names the audit chain's head too (when the report has one).
  const head = header.auditHead === undefined ? "" : ` \u00b7 ${auditHeadLine(header.auditHead)}`;
  return {
    statusOn: statusOnLine(options),
    recordedOn: `${recorded}${head}`,
    fingerprint: meta.fingerprint,
    coverage: coverageSentence(header.coverage),
    origin: (meta.origin ?? DEFAULT_ORIGIN).replace(/\/+$/, ""),
  };
}

const DEFAULT_ORIGIN = "http://localhost:3000";

/** The absolute address of a recommendation's page. */
export const recommendationLink = (origin: string, id: string) =>
  `${origin.replace(/\/+$/, "")}/recommendations/${encodeURIComponent(id)}`;

const forms = (list: ReportItem["earlier"], direction: "earlier" | "later") =>
  list.map((f) => formRefText(f, direction)).join("; ");

/** One spreadsheet row per recommendation; days as YYYY-MM-DD, numbers as numbers. */
export function recommendationRow(
  h: Pick<ReportHeaderLike, "cycle">,
  item: ExportItem,
  ctx: RowContext,
): (string | number)[] {
  const a = item.assessment;
  const latest = item.followUps.reduce<string>((m, f) => (f.date.to && f.date.to > m ? f.date.to : m), "");
  return [
    cycleName(h.cycle),
    item.label,
    sectionPath(h.cycle.sections, item.sectionId),
    item.priority ? PRIORITY[item.priority] : "",
    item.leadIn ?? "",
    item.text,
    forms(item.earlier, "earlier"),
    forms(item.later, "later"),
    stateStatusLabel(item),
    ...dateCells(item.response?.date),
    statusSentence(item) ?? "",
    item.response?.text ?? "",
    item.response?.source ?? "",
    independentStatusLabel(item),
    a ? assessorText(a) : "",
    ...dateCells(a?.date),
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

export function followUpRows(item: ReportItem): string[][] {
  return item.followUps.map((f) => [
    item.label,
    ...dateCells(f.date),
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

export const SPREADSHEET_NOTE =
  "Text cells that begin with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so that spreadsheets show them as text and never run them as formulas.";

export const DATE_COLUMNS_NOTE =
  "Dates of responses, assessments and actions are given in words as the sources give them, then their precision (day, month, year " +
  "or range), the earliest possible day (\u201cfrom\u201d, empty when unknown) and the last possible day (\u201cto\u201d), from which the entry counts.";
