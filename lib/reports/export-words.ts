// Shared basics of the report wording: what a report is given, formats,
// dates and small words. Used by the other export-*-text modules.
import type { Tally } from "@/lib/dashboards/tally";
import { ASSESSMENT, STATE_RESPONSE, type Priority } from "@/lib/vocab";
import type { DateOut, ReportItem } from "./items";
import { coverageSentence, type Coverage } from "@/lib/status/coverage-text";
import type { ReportOptions } from "./schema";

// ---------------------------------------------------------------- inputs

/** What the report needs of the cycle header (lib/reports/model.ts reportHeader). */
export interface ReportHeaderLike {
  cycle: {
    slug: string;
    year: number;
    title: string;
    electionDate: Date;
    finalReportTitle: string | null;
    finalReportDate: Date | null;
    finalReportPlace: string | null;
    country: { name: string };
    claims: { claimant: string; statement: string }[];
    sections: ReportSectionLike[];
  };
  /** The instant the recorded clock stands at (end of the "As recorded on" day, or the time of generation). */
  asOf: Date;
  summary: {
    total: Tally;
    byPriority: { key: Priority; tally: Tally }[];
    bySection?: { key: string | null; label: string; tally: Tally }[];
  };
  since: { date: string; tally: Tally } | null;
  previous: { slug: string; year: number; title: string; tally: Tally } | null;
  /** How many of the report's recommendations are recorded (lib/status/coverage.ts). */
  coverage: Coverage;
  /** The audit chain's last event when the report was made (null: nothing recorded yet). Not in the fingerprint. */
  auditHead?: { seq: number; hash: string } | null;
}

export interface ReportSectionLike {
  id: string;
  parentId: string | null;
  title: string;
  leadIn: string | null;
  order: number;
}

/** A report item with its classification (priority is taken from the current row, per ADR 004). */
export type ExportItem = ReportItem;

export interface ExportMeta {
  generatedAt: Date;
  /** Fingerprint of what the report shows (lib/reports/export-run.ts computeFingerprint). */
  fingerprint: string;
  /** The app's public origin for the spreadsheets' links (the request's, else NEXTAUTH_URL). */
  origin?: string;
}

// 2: dated entries ({text, precision, from, to, note}), both clocks, earlier and later forms.
export const REPORT_SCHEMA = "odihr-followup-report/2";
export const EXPORT_FORMATS = ["pdf", "docx", "xlsx", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const FORMAT_LABEL: Record<ExportFormat, string> = {
  pdf: "PDF",
  docx: "Word (DOCX)",
  xlsx: "Excel (XLSX)",
  csv: "CSV",
  json: "JSON",
};
export const CONTENT_TYPE: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

// ---------------------------------------------------------------- dates and small words

const dayFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 April 2011", from a Date or "2011-04-03" (calendar dates are UTC midnight). */
export function dayText(d: Date | string): string {
  return dayFormatter.format(typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00.000Z`) : d);
}

/** How precisely a source dates an entry, in words for spreadsheet columns. */
export const DATE_PRECISION_WORD: Record<NonNullable<DateOut["precision"]>, string> = {
  DAY: "day",
  MONTH: "month",
  YEAR: "year",
  RANGE: "range",
};

/** "2026-11-22 17:23 UTC". */
export function utcTimestamp(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * "kz-2011-report-2012-04-03.pdf": the "As recorded on" day (or the day of
 * generation), then the "Status on" day when one is chosen.
 */
export function reportFileName(
  slug: string,
  options: Pick<ReportOptions, "on" | "asOf">,
  format: ExportFormat,
  generatedAt: Date,
): string {
  const safe = slug.replace(/[^A-Za-z0-9-]/g, "") || "report";
  const on = options.on ? `-status-on-${options.on}` : "";
  return `${safe}-report-${options.asOf ?? generatedAt.toISOString().slice(0, 10)}${on}.${format}`;
}

export function cycleName(c: { year: number; title: string }): string {
  return `${c.year} ${c.title}`;
}

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });
export function shareText(n: number, total: number): string {
  return total === 0 ? "\u2013" : percent.format(n / total);
}
export function changeText(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "0";
}

/** Splits a verbatim text into its paragraphs (blank lines), keeping every word. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------- title block

export const REPORT_KIND = "Follow-up of the OSCE/ODIHR election recommendations";

/** The report's two clocks, as every format labels them (lib/status/moment.ts). */
export type MomentOptions = Pick<ReportOptions, "on" | "asOf">;

/** "Status on 1 June 2012", or "Status: latest recorded" when no day is chosen. */
export function statusOnLine(options: MomentOptions): string {
  return options.on ? `Status on ${dayText(options.on)}` : "Status: latest recorded";
}

/** "As recorded on 3 April 2012", or "As currently recorded" when no day is chosen. */
export function recordedOnLine(options: MomentOptions): string {
  return options.asOf ? `As recorded on ${dayText(options.asOf)}` : "As currently recorded";
}

/** Both clocks in one line: "Status on 1 June 2012 · As currently recorded". */
export function momentLine(options: MomentOptions): string {
  return `${statusOnLine(options)} \u00b7 ${recordedOnLine(options)}`;
}

/** The running header of every page: cycle and both clocks (the time of generation when "as currently recorded"). */
export function runningHeader(
  h: ReportHeaderLike,
  options: MomentOptions,
  meta: Pick<ExportMeta, "generatedAt">,
): string {
  const recorded = options.asOf
    ? recordedOnLine(options)
    : `${recordedOnLine(options)}, ${utcTimestamp(meta.generatedAt)}`;
  return `${h.cycle.country.name} \u00b7 ${cycleName(h.cycle)} \u00b7 ${statusOnLine(options)} \u00b7 ${recorded}`;
}

export function finalReportLine(c: ReportHeaderLike["cycle"]): string | null {
  if (!c.finalReportTitle) return null;
  return [c.finalReportTitle, c.finalReportPlace, c.finalReportDate ? dayText(c.finalReportDate) : null]
    .filter(Boolean)
    .join(", ");
}

/** What the options leave out, in words; null when the report shows everything. */
export function selectionLine(options: ReportOptions): string | null {
  const parts: string[] = [];
  if (options.status)
    parts.push(`only items whose state response is \u201c${STATE_RESPONSE[options.status].label}\u201d`);
  if (options.independent)
    parts.push(`only items whose independent assessment is \u201c${ASSESSMENT[options.independent].label}\u201d`);
  if (options.content === "summary") parts.push("summary only");
  if (parts.length === 0) return null;
  const s = parts.join("; ");
  return `Selection: ${s}.`;
}

export const LAYOUT_LABEL: Record<ReportOptions["layout"], string> = {
  tracker: "Tracker",
  government: "Government comments",
};
export const CONTENT_LABEL: Record<ReportOptions["content"], string> = { full: "Full report", summary: "Summary only" };
export const PAPER_LABEL: Record<ReportOptions["paper"], string> = { a4: "A4", letter: "Letter" };

export interface TitleBlock {
  title: string;
  subtitle: string;
  /** Label/value facts: election, final report. */
  facts: { label: string; value: string }[];
  /** "Status on 1 June 2012" / "Status: latest recorded". */
  statusOn: string;
  /** "As recorded on 3 April 2012" / "As currently recorded". */
  recordedOn: string;
  generated: string;
  fingerprint: string;
  /** "Audit chain head: No. 412 (3fa4c1d2e5b6)": the point of the history the report was made at. */
  auditHead: string;
  selection: string | null;
}

export function auditHeadLine(head: ReportHeaderLike["auditHead"]): string {
  return head
    ? `Audit chain head: No. ${head.seq} (${head.hash.slice(0, 12)})`
    : "Audit chain head: none (nothing recorded)";
}

export function titleBlock(h: ReportHeaderLike, options: ReportOptions, meta: ExportMeta): TitleBlock {
  const facts = [{ label: "Election", value: dayText(h.cycle.electionDate) }];
  const fr = finalReportLine(h.cycle);
  if (fr) facts.push({ label: "Final report", value: fr });
  facts.push({ label: "Coverage", value: coverageSentence(h.coverage) });
  if (options.layout === "government") facts.push({ label: "Layout", value: LAYOUT_LABEL.government });
  return {
    title: cycleName(h.cycle),
    subtitle: `${h.cycle.country.name} · ${REPORT_KIND}`,
    facts,
    statusOn: statusOnLine(options),
    recordedOn: recordedOnLine(options),
    generated: `Generated ${utcTimestamp(meta.generatedAt)}`,
    fingerprint: `Fingerprint ${meta.fingerprint}`,
    auditHead: auditHeadLine(h.auditHead),
    selection: selectionLine(options),
  };
}
