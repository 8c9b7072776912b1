// The words of a report, defined once for all its forms (HTML page, PDF,
// DOCX, XLSX, CSV, JSON): title lines, summary tables, headings and the
// blocks of each recommendation. Pure (no database, no formats); each
// exporter only decides how a block looks. Status labels and sentences come
// from lib/vocab, never typed here.
import type { Tally } from "@/lib/dashboards/tally";
import { ASSESSMENT, ASSESSMENT_ORDER, ASSESSOR_TYPE, PRIORITY, STATE_RESPONSE, STATE_RESPONSE_ORDER, type Priority } from "@/lib/vocab";
import type { ReportItem } from "./items";
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
  asOf: Date;
  summary: { total: Tally; byPriority: { key: Priority; tally: Tally }[]; bySection?: { key: string | null; label: string; tally: Tally }[] };
  since: { date: string; tally: Tally } | null;
  previous: { slug: string; year: number; title: string; tally: Tally } | null;
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
}

export const REPORT_SCHEMA = "odihr-followup-report/1";
export const EXPORT_FORMATS = ["pdf", "docx", "xlsx", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const FORMAT_LABEL: Record<ExportFormat, string> = { pdf: "PDF", docx: "Word (DOCX)", xlsx: "Excel (XLSX)", csv: "CSV", json: "JSON" };
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

const dayFormatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 April 2011", from a Date or "2011-04-03" (calendar dates are UTC midnight). */
export function dayText(d: Date | string): string {
  return dayFormatter.format(typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00.000Z`) : d);
}

/** "2026-11-22 17:23 UTC". */
export function utcTimestamp(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "kz-2011-report-2012-04-03.pdf" (the as-of date, or the day of generation). */
export function reportFileName(slug: string, options: Pick<ReportOptions, "asOf">, format: ExportFormat, generatedAt: Date): string {
  const safe = slug.replace(/[^A-Za-z0-9-]/g, "") || "report";
  return `${safe}-report-${options.asOf ?? generatedAt.toISOString().slice(0, 10)}.${format}`;
}

export function cycleName(c: { year: number; title: string }): string {
  return `${c.year} ${c.title}`;
}

const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });
export function shareText(n: number, total: number): string {
  return total === 0 ? "\u2013" : percent.format(n / total);
}
function changeText(n: number): string {
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

/** "As of 3 April 2012 (as recorded in the tracker at the end of that day, UTC)" or "Current as of generation". */
export function asOfLine(options: Pick<ReportOptions, "asOf">): string {
  return options.asOf ? `As of ${dayText(options.asOf)} (as recorded in the tracker at the end of that day, UTC)` : "Current as of generation";
}

/** The running header of every page: cycle and moment. */
export function runningHeader(h: ReportHeaderLike, options: Pick<ReportOptions, "asOf">, meta: Pick<ExportMeta, "generatedAt">): string {
  const when = options.asOf ? `As of ${dayText(options.asOf)}` : `Current as of ${utcTimestamp(meta.generatedAt)}`;
  return `${h.cycle.country.name} · ${cycleName(h.cycle)} · ${when}`;
}

export function finalReportLine(c: ReportHeaderLike["cycle"]): string | null {
  if (!c.finalReportTitle) return null;
  return [c.finalReportTitle, c.finalReportPlace, c.finalReportDate ? dayText(c.finalReportDate) : null].filter(Boolean).join(", ");
}

/** What the options leave out, in words; null when the report shows everything. */
export function selectionLine(options: ReportOptions): string | null {
  const parts: string[] = [];
  if (options.status) parts.push(`only items whose state response is \u201c${STATE_RESPONSE[options.status].label}\u201d`);
  if (options.independent) parts.push(`only items whose independent assessment is \u201c${ASSESSMENT[options.independent].label}\u201d`);
  if (options.content === "summary") parts.push("summary only");
  if (parts.length === 0) return null;
  const s = parts.join("; ");
  return `Selection: ${s}.`;
}

export const LAYOUT_LABEL: Record<ReportOptions["layout"], string> = { tracker: "Tracker", government: "Government comments" };
export const CONTENT_LABEL: Record<ReportOptions["content"], string> = { full: "Full report", summary: "Summary only" };
export const PAPER_LABEL: Record<ReportOptions["paper"], string> = { a4: "A4", letter: "Letter" };

export interface TitleBlock {
  title: string;
  subtitle: string;
  /** Label/value facts: election, final report. */
  facts: { label: string; value: string }[];
  asOf: string;
  generated: string;
  fingerprint: string;
  selection: string | null;
}

export function titleBlock(h: ReportHeaderLike, options: ReportOptions, meta: ExportMeta): TitleBlock {
  const facts = [{ label: "Election", value: dayText(h.cycle.electionDate) }];
  const fr = finalReportLine(h.cycle);
  if (fr) facts.push({ label: "Final report", value: fr });
  if (options.layout === "government") facts.push({ label: "Layout", value: LAYOUT_LABEL.government });
  return {
    title: cycleName(h.cycle),
    subtitle: `${h.cycle.country.name} · ${REPORT_KIND}`,
    facts,
    asOf: asOfLine(options),
    generated: `Generated ${utcTimestamp(meta.generatedAt)}`,
    fingerprint: `Fingerprint ${meta.fingerprint}`,
    selection: selectionLine(options),
  };
}

// ---------------------------------------------------------------- summary

export interface ReportTable {
  id: string;
  title: string;
  caption: string | null;
  head: string[];
  rows: { cells: string[]; kind?: "total" | "group" }[];
}

export const STATE_LENS = "State\u2019s response (self-assessment)";
export const INDEPENDENT_LENS = "Independent assessment";

export function summaryIntro(h: ReportHeaderLike, options: Pick<ReportOptions, "asOf">): string {
  const n = h.summary.total.total;
  const when = options.asOf ? `as of ${dayText(options.asOf)}` : "as currently recorded";
  return `${n} ${n === 1 ? "recommendation" : "recommendations"} recorded for this cycle, ${when}. The two lenses are never merged: the state\u2019s own response and the independent assessment are counted separately.`;
}

function lensTable(h: ReportHeaderLike, lens: "state" | "independent"): ReportTable {
  const codes = lens === "state" ? STATE_RESPONSE_ORDER : ASSESSMENT_ORDER;
  const label = (c: string) => (lens === "state" ? STATE_RESPONSE[c as keyof typeof STATE_RESPONSE].label : ASSESSMENT[c as keyof typeof ASSESSMENT].label);
  const count = (t: Tally, c: string) => (t[lens] as Record<string, number>)[c] ?? 0;
  const groups = h.summary.byPriority.filter((p) => p.tally.total > 0);
  const showGroups = groups.length > 1 || (groups.length === 1 && groups[0]!.key !== "UNSPECIFIED");
  const total = h.summary.total;
  const since = h.since;
  const head = ["Status", ...(showGroups ? groups.map((g) => PRIORITY[g.key]) : []), "All", "Share"];
  if (since) head.push(`On ${dayText(since.date)}`, "Change");
  const row = (name: string, pick: (t: Tally) => number, kind?: "total") => {
    const cells = [name, ...(showGroups ? groups.map((g) => String(pick(g.tally))) : []), String(pick(total)), shareText(pick(total), total.total)];
    if (since) cells.push(String(pick(since.tally)), changeText(pick(total) - pick(since.tally)));
    return kind ? { cells, kind } : { cells };
  };
  return {
    id: lens === "state" ? "summary-state" : "summary-independent",
    title: lens === "state" ? STATE_LENS : INDEPENDENT_LENS,
    caption: since ? `Counts now and on ${dayText(since.date)} (end of that day, UTC).` : null,
    head,
    rows: [...codes.map((c) => row(label(c), (t) => count(t, c))), row("Total", (t) => t.total, "total")],
  };
}

function previousTable(h: ReportHeaderLike): ReportTable | null {
  const p = h.previous;
  if (!p) return null;
  const cur = h.summary.total;
  const cell = (n: number, t: number) => `${n} (${shareText(n, t)})`;
  const rows: ReportTable["rows"] = [{ cells: [STATE_LENS, "", ""], kind: "group" }];
  for (const c of STATE_RESPONSE_ORDER) rows.push({ cells: [STATE_RESPONSE[c].label, cell(cur.state[c], cur.total), cell(p.tally.state[c], p.tally.total)] });
  rows.push({ cells: [INDEPENDENT_LENS, "", ""], kind: "group" });
  for (const c of ASSESSMENT_ORDER) rows.push({ cells: [ASSESSMENT[c].label, cell(cur.independent[c], cur.total), cell(p.tally.independent[c], p.tally.total)] });
  rows.push({ cells: ["Recommendations recorded", String(cur.total), String(p.tally.total)], kind: "total" });
  return {
    id: "summary-previous",
    title: `Compared with the previous cycle (${cycleName(p)})`,
    caption: "Same moment for both cycles. Counts cover only the recommendations recorded in the tracker for each cycle.",
    head: ["Status", String(h.cycle.year), String(p.year)],
    rows,
  };
}

export function summaryTables(h: ReportHeaderLike): ReportTable[] {
  return [lensTable(h, "state"), lensTable(h, "independent"), previousTable(h)].filter((t): t is ReportTable => t !== null);
}

export const CLAIMS_HEADING = "Claims about this cycle";
export const CLAIMS_NOTE = "Claims are statements by the named source, not figures computed by this tracker.";
export function claimLines(h: ReportHeaderLike): string[] {
  return h.cycle.claims.map((c) => `Claim by ${c.claimant}: ${c.statement}`);
}

export const DEFINITIONS_HEADING = "How the figures are computed";
export const DEFINITIONS: string[] = [
  `State\u2019s response: the last recorded response of the state to a recommendation, in the CEC\u2019s vocabulary; none recorded = \u201c${STATE_RESPONSE.NO_RESPONSE.label}\u201d.`,
  `Independent assessment: the most recent assessment that was not withdrawn (latest assessment date, then latest entry), on ODIHR\u2019s follow-up scale; none = \u201c${ASSESSMENT.NOT_YET_ASSESSED.label}\u201d.`,
  "\u201cAs of\u201d a date means as recorded in the tracker at the end of that day (UTC), rebuilt from the audit history: it shows what the tracker knew then, not what happened in Kazakhstan then.",
  "Recommendation texts and official responses are quoted verbatim from their sources. Internal follow-up notes are never included.",
  "The fingerprint identifies what the report shows (data and options, not the time or format of generation): two copies with the same fingerprint show the same content.",
];

// ---------------------------------------------------------------- structure: headings as items stream by

export interface OutlineHeading {
  id: string;
  title: string;
  leadIn: string | null;
  /** 0: section (A. Priority recommendations), 1: topic (Legal framework), 2+: deeper. */
  depth: number;
}

export const NO_SECTION = "Section not recorded";

/**
 * Follows items in report order and says which section/topic headings and
 * which shared lead-in go before each one. Works across batches (stateful).
 */
export class ReportOutline {
  private byId: Map<string, ReportSectionLike>;
  private open: string[] = [];
  private prev: { number: number; leadIn: string | null } | null = null;
  constructor(sections: ReportSectionLike[]) {
    this.byId = new Map(sections.map((s) => [s.id, s]));
  }

  private chain(sectionId: string | null): ReportSectionLike[] {
    const out: ReportSectionLike[] = [];
    const seen = new Set<string>();
    let s = sectionId ? this.byId.get(sectionId) : undefined;
    while (s && !seen.has(s.id)) {
      seen.add(s.id);
      out.unshift(s);
      s = s.parentId ? this.byId.get(s.parentId) : undefined;
    }
    return out;
  }

  /** Headings to open before this item, and the shared lead-in to print once before its first lettered part. */
  next(item: Pick<ReportItem, "sectionId" | "number" | "leadIn">): { headings: OutlineHeading[]; leadIn: string | null } {
    const chain = this.chain(item.sectionId);
    const path: { id: string; title: string; leadIn: string | null }[] = chain.length ? chain : [{ id: "none", title: NO_SECTION, leadIn: null }];
    const headings: OutlineHeading[] = [];
    let differs = false;
    path.forEach((s, depth) => {
      if (differs || this.open[depth] !== s.id) {
        differs = true;
        headings.push({ id: s.id, title: s.title, leadIn: s.leadIn, depth });
      }
    });
    this.open = path.map((s) => s.id);
    const continues = !differs && this.prev !== null && this.prev.number === item.number && this.prev.leadIn === item.leadIn;
    this.prev = { number: item.number, leadIn: item.leadIn };
    return { headings, leadIn: item.leadIn && !continues ? item.leadIn : null };
  }
}

/** "B. Other recommendations › Legal framework". */
export function sectionPath(sections: ReportSectionLike[], sectionId: string | null): string {
  if (!sectionId) return "";
  const byId = new Map(sections.map((s) => [s.id, s]));
  const names: string[] = [];
  const seen = new Set<string>();
  let s = byId.get(sectionId);
  while (s && !seen.has(s.id)) {
    seen.add(s.id);
    names.unshift(s.title);
    s = s.parentId ? byId.get(s.parentId) : undefined;
  }
  return names.join(" \u203a ");
}

// ---------------------------------------------------------------- one recommendation

export type ItemBlock =
  /** "Recommendation 2(a)". */
  | { kind: "heading"; text: string }
  /** The lead-in shared by the lettered parts of a number, printed once. */
  | { kind: "leadIn"; label: string; text: string; italic: boolean }
  /** The verbatim recommendation text (italic in the government layout). */
  | { kind: "recText"; text: string; italic: boolean }
  /** "State’s response: Implemented". */
  | { kind: "field"; label: string; value: string }
  /** "The CEC standpoint." and similar run-in headings. */
  | { kind: "subheading"; text: string }
  /** Body text (response text, rationale). */
  | { kind: "para"; text: string }
  /** The CEC's closing status sentence. */
  | { kind: "statusSentence"; text: string }
  /** One follow-up entry: its date in bold, then what was done. */
  | { kind: "bullet"; lead: string; text: string }
  /** Small print: sources, verification notes. */
  | { kind: "note"; text: string };

export const ITEM_WORDS = {
  recommendation: "Recommendation",
  stateResponse: "State\u2019s response",
  cecStandpoint: "The CEC standpoint.",
  statusSentence: "Status sentence",
  assessment: "Independent assessment",
  assessor: "Assessed by",
  rationale: "Rationale",
  followUp: "Follow-up",
  noFollowUp: "No follow-up recorded.",
  institutions: "Responsible institutions",
  noInstitutions: "none assigned",
  source: "Source",
  needsVerification: "The text of this recommendation needs verification against the original report.",
  noItems: "No recommendation matches these options.",
  recommendationsHeading: "Recommendations",
  summaryHeading: "Summary",
} as const;

export function itemHeading(item: Pick<ReportItem, "label">): string {
  return `${ITEM_WORDS.recommendation} ${item.label}`;
}

export function stateStatusLabel(item: Pick<ReportItem, "response">): string {
  return STATE_RESPONSE[item.response?.status ?? "NO_RESPONSE"].label;
}
export function independentStatusLabel(item: Pick<ReportItem, "assessment">): string {
  return ASSESSMENT[item.assessment?.status ?? "NOT_YET_ASSESSED"].label;
}
/** "ODIHR mission (Jane Doe)". */
export function assessorText(a: NonNullable<ReportItem["assessment"]>): string {
  return a.assessorName ? `${ASSESSOR_TYPE[a.assessorType]} (${a.assessorName})` : ASSESSOR_TYPE[a.assessorType];
}
/** The CEC's closing sentence: as recorded, else the vocabulary's sentence for the status. */
export function statusSentence(item: Pick<ReportItem, "response">): string | null {
  if (!item.response) return null;
  return item.response.statusSentence ?? STATE_RESPONSE[item.response.status].sentence;
}

export function followUpText(f: ReportItem["followUps"][number]): string {
  const parts = [f.actionTaken];
  if (f.institution) parts.push(`Institution: ${f.institution}.`);
  if (f.evidence) parts.push(`Evidence: ${f.evidence}.`);
  if (f.nextStep) parts.push(`Next step: ${f.nextStep}${f.targetDate ? ` (target date ${dayText(f.targetDate)})` : ""}.`);
  else if (f.targetDate) parts.push(`Target date: ${dayText(f.targetDate)}.`);
  return parts.join(" ");
}

/** Everything shown for one recommendation, in order (the lead-in comes from ReportOutline). */
export function itemBlocks(item: ReportItem, layout: ReportOptions["layout"], leadIn: string | null): ItemBlock[] {
  const b: ItemBlock[] = [{ kind: "heading", text: itemHeading(item) }];
  const italic = layout === "government";
  if (leadIn) b.push({ kind: "leadIn", label: String(item.number), text: leadIn, italic });
  for (const p of paragraphs(item.text)) b.push({ kind: "recText", text: p, italic });
  if (item.needsVerification) b.push({ kind: "note", text: ITEM_WORDS.needsVerification });

  if (layout === "government") {
    b.push({ kind: "subheading", text: ITEM_WORDS.cecStandpoint });
    if (item.response) {
      for (const p of paragraphs(item.response.text)) b.push({ kind: "para", text: p });
      const s = statusSentence(item);
      if (s) b.push({ kind: "statusSentence", text: s });
    } else {
      b.push({ kind: "para", text: `${STATE_RESPONSE.NO_RESPONSE.label}.` });
    }
    return b;
  }

  if (item.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${item.source}` });
  b.push({ kind: "field", label: ITEM_WORDS.stateResponse, value: stateStatusLabel(item) });
  if (item.response) {
    for (const p of paragraphs(item.response.text)) b.push({ kind: "para", text: p });
    const s = statusSentence(item);
    if (s) b.push({ kind: "statusSentence", text: s });
    if (item.response.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${item.response.source}` });
  }
  b.push({ kind: "field", label: ITEM_WORDS.assessment, value: independentStatusLabel(item) });
  const a = item.assessment;
  if (a) {
    b.push({ kind: "note", text: `${ITEM_WORDS.assessor}: ${assessorText(a)}${a.assessedOn ? `, ${dayText(a.assessedOn)}` : ""}` });
    const rs = paragraphs(a.rationale);
    rs.forEach((p, i) => b.push({ kind: "para", text: i === 0 ? `${ITEM_WORDS.rationale}: ${p}` : p }));
    if (a.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${a.source}` });
  }
  if (item.followUps.length === 0) b.push({ kind: "field", label: ITEM_WORDS.followUp, value: ITEM_WORDS.noFollowUp });
  else {
    b.push({ kind: "subheading", text: ITEM_WORDS.followUp });
    for (const f of item.followUps) b.push({ kind: "bullet", lead: f.actionDate ? dayText(f.actionDate) : "Date not stated", text: followUpText(f) });
  }
  b.push({ kind: "field", label: ITEM_WORDS.institutions, value: item.institutions.length ? item.institutions.join("; ") : ITEM_WORDS.noInstitutions });
  return b;
}

// ---------------------------------------------------------------- spreadsheet rows (XLSX first sheet and CSV)

export const RECOMMENDATION_COLUMNS = [
  { key: "cycle", header: "Cycle", width: 24 },
  { key: "label", header: "Recommendation", width: 10 },
  { key: "section", header: "Section", width: 32 },
  { key: "priority", header: "Priority", width: 12 },
  { key: "text", header: "Recommendation text", width: 70 },
  { key: "state", header: "State response", width: 24 },
  { key: "responseText", header: "Response text", width: 70 },
  { key: "responseSource", header: "Response source", width: 40 },
  { key: "independent", header: "Independent assessment", width: 22 },
  { key: "assessor", header: "Assessor", width: 24 },
  { key: "assessedOn", header: "Assessed on", width: 12 },
  { key: "rationale", header: "Rationale", width: 50 },
  { key: "institutions", header: "Responsible institutions", width: 32 },
  { key: "followUps", header: "Follow-up entries", width: 10 },
  { key: "latestFollowUp", header: "Latest follow-up", width: 14 },
] as const;

export const FOLLOW_UP_COLUMNS = [
  { key: "label", header: "Recommendation", width: 10 },
  { key: "date", header: "Date of the action", width: 14 },
  { key: "action", header: "Action taken", width: 60 },
  { key: "institution", header: "Institution", width: 30 },
  { key: "evidence", header: "Evidence", width: 40 },
  { key: "nextStep", header: "Next step", width: 40 },
  { key: "targetDate", header: "Target date", width: 14 },
] as const;

/** One spreadsheet row per recommendation; dates as YYYY-MM-DD, numbers as numbers. */
export function recommendationRow(h: Pick<ReportHeaderLike, "cycle">, item: ExportItem): (string | number)[] {
  const a = item.assessment;
  const latest = item.followUps.reduce<string>((m, f) => (f.actionDate > m ? f.actionDate : m), "");
  return [
    cycleName(h.cycle),
    item.label,
    sectionPath(h.cycle.sections, item.sectionId),
    item.priority ? PRIORITY[item.priority] : "",
    item.text,
    stateStatusLabel(item),
    item.response?.text ?? "",
    item.response?.source ?? "",
    independentStatusLabel(item),
    a ? assessorText(a) : "",
    a?.assessedOn ?? "",
    a?.rationale ?? "",
    item.institutions.join("; "),
    item.followUps.length,
    latest,
  ];
}

export function followUpRows(item: ReportItem): string[][] {
  return item.followUps.map((f) => [item.label, f.actionDate, f.actionTaken, f.institution ?? "", f.evidence ?? "", f.nextStep ?? "", f.targetDate ?? ""]);
}

/** Spreadsheet safety: a text cell that a spreadsheet would run as a formula gets a leading apostrophe (same rule as lib/audit/csv.ts). */
export function inertText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export const SPREADSHEET_NOTE =
  "Text cells that begin with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so that spreadsheets show them as text and never run them as formulas.";
