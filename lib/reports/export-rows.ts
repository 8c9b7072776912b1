// Spreadsheet rows (XLSX first sheet and CSV): one row per recommendation.
import { PRIORITY, type Priority } from "@/lib/vocab";
import type { ReportItem } from "./items";
import { ExportItem, ReportHeaderLike, cycleName } from "./export-words";
import { sectionPath } from "./export-outline";
import { assessorText, independentStatusLabel, stateStatusLabel } from "./export-item-text";

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
  { key: "assessedOn", header: "Date of the assessment", width: 16 },
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
  const latest = item.followUps.reduce<string>((m, f) => (f.date.to > m ? f.date.to : m), "");
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
    a?.date.text ?? "",
    a?.rationale ?? "",
    item.institutions.join("; "),
    item.followUps.length,
    latest,
  ];
}

export function followUpRows(item: ReportItem): string[][] {
  return item.followUps.map((f) => [item.label, f.date.text, f.actionTaken, f.institution ?? "", f.evidence ?? "", f.nextStep ?? "", f.targetDate ?? ""]);
}

/** Spreadsheet safety: a text cell that a spreadsheet would run as a formula gets a leading apostrophe (same rule as lib/audit/csv.ts). */
export function inertText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export const SPREADSHEET_NOTE =
  "Text cells that begin with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so that spreadsheets show them as text and never run them as formulas.";
