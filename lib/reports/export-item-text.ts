// Everything shown for one recommendation, as blocks each format lays out.
import { ASSESSMENT, ASSESSOR_TYPE, STATE_RESPONSE } from "@/lib/vocab";
import type { DateOut, FormRef, ReportItem } from "./items";
import type { ReportOptions } from "./schema";
import { dayText, paragraphs } from "./export-words";

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
  responseDate: "Date of the response",
  dateNote: "Note on the date",
  earlierForm: "Earlier form",
  laterForm: "Later form",
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

/** "2007, recommendation 15 (repeats)"; a later form "(repeats this one)". */
export function formRefText(f: FormRef, direction: "earlier" | "later"): string {
  const kind = f.kind === "REPEATS" ? "repeats" : "builds on";
  return `${f.year}, recommendation ${f.label} (${direction === "earlier" ? kind : `${kind} this one`})`;
}

/** The earlier and later forms of a recommendation, one line each. */
export function formLines(item: Pick<ReportItem, "earlier" | "later">): { label: string; value: string }[] {
  return [
    ...item.earlier.map((f) => ({ label: ITEM_WORDS.earlierForm, value: formRefText(f, "earlier") })),
    ...item.later.map((f) => ({ label: ITEM_WORDS.laterForm, value: formRefText(f, "later") })),
  ];
}

/** "Date of the response: between 13 July 2011 and 30 September 2011", then its note. */
function dateNotes(label: string, d: DateOut): ItemBlock[] {
  const b: ItemBlock[] = [{ kind: "note", text: `${label}: ${d.text}` }];
  if (d.note) b.push({ kind: "note", text: `${ITEM_WORDS.dateNote}: ${d.note}` });
  return b;
}

export function followUpText(f: ReportItem["followUps"][number]): string {
  const parts = [f.actionTaken];
  if (f.institution) parts.push(`Institution: ${f.institution}.`);
  if (f.evidence) parts.push(`Evidence: ${f.evidence}.`);
  if (f.nextStep)
    parts.push(`Next step: ${f.nextStep}${f.targetDate ? ` (target date ${dayText(f.targetDate)})` : ""}.`);
  else if (f.targetDate) parts.push(`Target date: ${dayText(f.targetDate)}.`);
  if (f.date.note) parts.push(`${ITEM_WORDS.dateNote}: ${f.date.note}`);
  return parts.join(" ");
}

/** Everything shown for one recommendation, in order (the lead-in comes from ReportOutline). */
export function itemBlocks(item: ReportItem, layout: ReportOptions["layout"], leadIn: string | null): ItemBlock[] {
  const b: ItemBlock[] = [{ kind: "heading", text: itemHeading(item) }];
  const italic = layout === "government";
  if (leadIn) b.push({ kind: "leadIn", label: String(item.number), text: leadIn, italic });
  for (const p of paragraphs(item.text)) b.push({ kind: "recText", text: p, italic });
  if (item.needsVerification) b.push({ kind: "note", text: ITEM_WORDS.needsVerification });
  const forms: ItemBlock[] = formLines(item).map((f) => ({ kind: "field", label: f.label, value: f.value }));

  if (layout === "government") {
    b.push(...forms);
    b.push({ kind: "subheading", text: ITEM_WORDS.cecStandpoint });
    if (item.response) {
      for (const p of paragraphs(item.response.text)) b.push({ kind: "para", text: p });
      const s = statusSentence(item);
      if (s) b.push({ kind: "statusSentence", text: s });
      b.push(...dateNotes(ITEM_WORDS.responseDate, item.response.date));
    } else {
      b.push({ kind: "para", text: `${STATE_RESPONSE.NO_RESPONSE.label}.` });
    }
    return b;
  }

  if (item.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${item.source}` });
  b.push(...forms);
  b.push({ kind: "field", label: ITEM_WORDS.stateResponse, value: stateStatusLabel(item) });
  if (item.response) {
    b.push(...dateNotes(ITEM_WORDS.responseDate, item.response.date));
    for (const p of paragraphs(item.response.text)) b.push({ kind: "para", text: p });
    const s = statusSentence(item);
    if (s) b.push({ kind: "statusSentence", text: s });
    if (item.response.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${item.response.source}` });
  }
  b.push({ kind: "field", label: ITEM_WORDS.assessment, value: independentStatusLabel(item) });
  const a = item.assessment;
  if (a) {
    b.push({ kind: "note", text: `${ITEM_WORDS.assessor}: ${assessorText(a)}, ${a.date.text}` });
    if (a.date.note) b.push({ kind: "note", text: `${ITEM_WORDS.dateNote}: ${a.date.note}` });
    const rs = paragraphs(a.rationale);
    rs.forEach((p, i) => b.push({ kind: "para", text: i === 0 ? `${ITEM_WORDS.rationale}: ${p}` : p }));
    if (a.source) b.push({ kind: "note", text: `${ITEM_WORDS.source}: ${a.source}` });
  }
  if (item.followUps.length === 0) b.push({ kind: "field", label: ITEM_WORDS.followUp, value: ITEM_WORDS.noFollowUp });
  else {
    b.push({ kind: "subheading", text: ITEM_WORDS.followUp });
    for (const f of item.followUps) b.push({ kind: "bullet", lead: f.date.text, text: followUpText(f) });
  }
  b.push({
    kind: "field",
    label: ITEM_WORDS.institutions,
    value: item.institutions.length ? item.institutions.join("; ") : ITEM_WORDS.noInstitutions,
  });
  return b;
}
