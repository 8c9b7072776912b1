// Shared basics of the report wording: what a report is given, formats,
// dates and small words. Used by the other export-*-text modules.
import type { Tally } from "@/lib/dashboards/tally";
import type { Priority } from "@/lib/vocab";
import type { ContentLanguage } from "@/lib/translations/languages";
import type { DateOut, ReportItem } from "./items";
import type { Coverage } from "@/lib/status/coverage-text";
import type { ReportOptions } from "./schema";
import { ENGLISH, reportWords, type ReportWords } from "./report-words";

export { ENGLISH, reportWords, type ReportWords } from "./report-words";

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

/**
 * Which text a report quotes, in which language (lib/translations textsIn): the original, or a translation with its
 * kind, translator and source. Set by lib/reports/item-texts.ts when the report has a language.
 */
export interface TextReading {
  language: ContentLanguage;
  isOriginal: boolean;
  kind: "ORIGINAL" | "OFFICIAL" | "WORKING";
  translator: string | null;
  /** An official translation's source in words (document title and/or citation). */
  source: string | null;
  originalLanguage: ContentLanguage;
}

/**
 * A report item with its classification (priority is taken from the current row, per ADR 004) and, in a report
 * with a language, how its texts are read: `text` and `response.text` are then the texts shown.
 */
export type ExportItem = ReportItem & { reading?: { text: TextReading; response: TextReading | null } };

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

/** The words of a report with these options: its language, English when none is named. */
export const wordsOf = (options: Pick<ReportOptions, "lang">): ReportWords => reportWords(options.lang ?? "en");

export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

// ---------------------------------------------------------------- dates and small words

/** "3 April 2011", from a Date or "2011-04-03" (calendar dates are UTC midnight), in the report's language. */
export function dayText(d: Date | string, w: ReportWords = ENGLISH): string {
  return w.day(d);
}

/** How precisely a source dates an entry, in words for spreadsheet columns. */
export const DATE_PRECISION_WORD: Record<NonNullable<DateOut["precision"]>, string> = {
  DAY: "day",
  MONTH: "month",
  YEAR: "year",
  RANGE: "range",
};

/** The precision word in the report's language ("day" / "день" / "күн"). */
export const precisionWord = (p: NonNullable<DateOut["precision"]>, w: ReportWords = ENGLISH) => w.t(`precision.${p}`);

/**
 * A dated entry in words in the report's language: the English text as the item carries it (lib/dated.ts), or the
 * same forms ("3 апреля 2011 г.", "апрель 2011 г.", "между … и …", "не позднее …") through lib/i18n/format.ts.
 */
export function datedText(d: DateOut, w: ReportWords = ENGLISH): string {
  if (w.locale === "en") return d.text;
  const from = d.from ?? d.to;
  if (!d.precision || !d.to || !from) return w.t("dated.notRecorded");
  switch (d.precision) {
    case "DAY":
      return w.day(from);
    case "MONTH":
      return w.month(new Date(`${from}T00:00:00.000Z`));
    case "YEAR":
      return w.t("dated.year", { year: from.slice(0, 4) });
    case "RANGE":
      return d.from
        ? w.t("dated.between", { from: w.day(d.from), to: w.day(d.to) })
        : w.t("dated.notAfter", { to: w.day(d.to) });
  }
}

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

export function shareText(n: number, total: number, w: ReportWords = ENGLISH): string {
  return total === 0 ? "\u2013" : w.percent(n / total);
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

export const REPORT_KIND = ENGLISH.t("kind");

/** The report's two clocks, as every format labels them (lib/status/moment.ts). */
export type MomentOptions = Pick<ReportOptions, "on" | "asOf">;

/** "Status on 1 June 2012", or "Status: latest recorded" when no day is chosen. */
export function statusOnLine(options: MomentOptions, w: ReportWords = ENGLISH): string {
  return options.on ? w.t("moment.statusOn", { date: w.day(options.on) }) : w.t("moment.statusLatest");
}

/** "As recorded on 3 April 2012", or "As currently recorded" when no day is chosen. */
export function recordedOnLine(options: MomentOptions, w: ReportWords = ENGLISH): string {
  return options.asOf ? w.t("moment.recordedOn", { date: w.day(options.asOf) }) : w.t("moment.recordedNow");
}

/** Both clocks in one line: "Status on 1 June 2012 · As currently recorded". */
export function momentLine(options: MomentOptions, w: ReportWords = ENGLISH): string {
  return `${statusOnLine(options, w)} \u00b7 ${recordedOnLine(options, w)}`;
}

/** The running header of every page: cycle and both clocks (the time of generation when "as currently recorded"). */
export function runningHeader(
  h: ReportHeaderLike,
  options: MomentOptions,
  meta: Pick<ExportMeta, "generatedAt">,
  w: ReportWords = ENGLISH,
): string {
  const recorded = options.asOf
    ? recordedOnLine(options, w)
    : w.t("moment.recordedNowAt", { time: w.timestamp(meta.generatedAt) });
  return `${h.cycle.country.name} \u00b7 ${cycleName(h.cycle)} \u00b7 ${statusOnLine(options, w)} \u00b7 ${recorded}`;
}

export function finalReportLine(c: ReportHeaderLike["cycle"], w: ReportWords = ENGLISH): string | null {
  if (!c.finalReportTitle) return null;
  return [c.finalReportTitle, c.finalReportPlace, c.finalReportDate ? w.day(c.finalReportDate) : null]
    .filter(Boolean)
    .join(", ");
}

/** What the options leave out, in words; null when the report shows everything. */
export function selectionLine(options: ReportOptions, w: ReportWords = ENGLISH): string | null {
  const parts: string[] = [];
  if (options.status) parts.push(w.t("title.onlyState", { status: w.status(options.status) }));
  if (options.independent) parts.push(w.t("title.onlyIndependent", { status: w.status(options.independent) }));
  if (options.content === "summary") parts.push(w.t("title.summaryOnly"));
  if (parts.length === 0) return null;
  return w.t("title.selection", { parts: parts.join("; ") });
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

export function auditHeadLine(head: ReportHeaderLike["auditHead"], w: ReportWords = ENGLISH): string {
  return head ? w.t("title.auditHead", { seq: head.seq, hash: head.hash.slice(0, 12) }) : w.t("title.auditHeadNone");
}

// ---------------------------------------------------------------- coverage in the report's language

/** "Recorded 1 of 30 recommendations" (null when the report's count is unknown): lib/status/coverage-text.ts, worded. */
export function coverageLineIn(c: Coverage, w: ReportWords = ENGLISH): string | null {
  if (c.expected === null) return null;
  const values = { recorded: c.recorded, expected: c.expected, items: c.items };
  return c.items !== c.recorded ? w.t("coverage.lineItems", values) : w.t("coverage.line", values);
}

/** The warning shown wherever figures of a partial cycle appear; null when complete or unknown. */
export function coverageWarningIn(c: Coverage, w: ReportWords = ENGLISH): string | null {
  if (c.expected === null || c.recorded >= c.expected) return null;
  return w.t("coverage.warning", { recorded: c.recorded, expected: c.expected });
}

/** One sentence for a report's header: the line and, when partial, the warning. */
export function coverageSentenceIn(c: Coverage, w: ReportWords = ENGLISH): string {
  const line = coverageLineIn(c, w);
  if (line === null) return w.t("coverage.unknown", { recorded: c.recorded });
  const warning = coverageWarningIn(c, w);
  return warning ? w.t("coverage.sentence", { line, warning }) : w.t("coverage.lineOnly", { line });
}

export function titleBlock(
  h: ReportHeaderLike,
  options: ReportOptions,
  meta: ExportMeta,
  w: ReportWords = ENGLISH,
): TitleBlock {
  const facts = [{ label: w.t("title.election"), value: w.day(h.cycle.electionDate) }];
  const fr = finalReportLine(h.cycle, w);
  if (fr) facts.push({ label: w.t("title.finalReport"), value: fr });
  facts.push({ label: w.t("title.coverage"), value: coverageSentenceIn(h.coverage, w) });
  if (options.layout === "government") facts.push({ label: w.t("title.layout"), value: w.t("layout.government") });
  return {
    title: cycleName(h.cycle),
    subtitle: `${h.cycle.country.name} · ${w.t("kind")}`,
    facts,
    statusOn: statusOnLine(options, w),
    recordedOn: recordedOnLine(options, w),
    generated: w.t("title.generated", { time: w.timestamp(meta.generatedAt) }),
    fingerprint: w.t("title.fingerprint", { fingerprint: meta.fingerprint }),
    auditHead: auditHeadLine(h.auditHead, w),
    selection: selectionLine(options, w),
  };
}
