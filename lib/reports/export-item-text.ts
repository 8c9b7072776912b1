// Everything shown for one recommendation, as blocks each format lays out.
import { STATE_RESPONSE, type AssessorType } from "@/lib/vocab";
import type { DateOut, FormRef, ReportItem } from "./items";
import type { ReportOptions } from "./schema";
import { datedText, paragraphs, type ExportItem, type TextReading } from "./export-words";
import { ENGLISH, type ReportWords } from "./report-words";

// ---------------------------------------------------------------- one recommendation

export type ItemBlock =
  /** "Recommendation 2(a)". */
  | { kind: "heading"; text: string }
  /** The lead-in shared by the lettered parts of a number, printed once. */
  | { kind: "leadIn"; label: string; text: string; italic: boolean }
  /** The verbatim recommendation text (italic in the government layout); `lang` when not in the report's language. */
  | { kind: "recText"; text: string; italic: boolean; lang?: string }
  /** "State’s response: Implemented". */
  | { kind: "field"; label: string; value: string }
  /** "The CEC standpoint." and similar run-in headings. */
  | { kind: "subheading"; text: string }
  /** Body text (response text, rationale); `lang` when not in the report's language. */
  | { kind: "para"; text: string; lang?: string }
  /** The CEC's closing status sentence. */
  | { kind: "statusSentence"; text: string; lang?: string }
  /** One follow-up entry: its date in bold, then what was done. */
  | { kind: "bullet"; lead: string; text: string }
  /** Small print: sources, verification notes. */
  | { kind: "note"; text: string };

const WORD_KEYS = [
  "recommendation",
  "stateResponse",
  "cecStandpoint",
  "statusSentence",
  "assessment",
  "assessor",
  "rationale",
  "followUp",
  "noFollowUp",
  "institutions",
  "noInstitutions",
  "source",
  "responseDate",
  "dateNote",
  "earlierForm",
  "laterForm",
  "needsVerification",
  "noItems",
  "recommendationsHeading",
] as const;
export type ItemWords = Record<(typeof WORD_KEYS)[number] | "summaryHeading", string>;

/** The small words of an item in the report's language. */
export function itemWords(w: ReportWords = ENGLISH): ItemWords {
  const out = Object.fromEntries(WORD_KEYS.map((k) => [k, w.t(`item.${k}`)])) as ItemWords;
  out.summaryHeading = w.t("summary.heading");
  return out;
}

/** The English words (the on-screen report uses them until it takes a language). */
export const ITEM_WORDS: Readonly<ItemWords> = itemWords(ENGLISH);

export function itemHeading(item: Pick<ReportItem, "label">, w: ReportWords = ENGLISH): string {
  return w.t("item.heading", { label: item.label });
}

export function stateStatusLabel(item: Pick<ReportItem, "response">, w: ReportWords = ENGLISH): string {
  return w.status(item.response?.status ?? "NO_RESPONSE");
}
export function independentStatusLabel(item: Pick<ReportItem, "assessment">, w: ReportWords = ENGLISH): string {
  return w.status(item.assessment?.status ?? "NOT_YET_ASSESSED");
}
export const assessorTypeLabel = (t: AssessorType, w: ReportWords = ENGLISH) => w.t(`assessor.${t}`);
/** "ODIHR mission (Jane Doe)". */
export function assessorText(a: NonNullable<ReportItem["assessment"]>, w: ReportWords = ENGLISH): string {
  const type = assessorTypeLabel(a.assessorType, w);
  return a.assessorName ? `${type} (${a.assessorName})` : type;
}
/**
 * The CEC's closing sentence: as recorded (data, quoted as it stands), else the vocabulary's sentence for the
 * status (lib/vocab: the CEC's own English words, quoted too).
 */
export function statusSentence(item: Pick<ReportItem, "response">): string | null {
  if (!item.response) return null;
  return item.response.statusSentence ?? STATE_RESPONSE[item.response.status].sentence;
}

const FORM_KEY = {
  earlier: { REPEATS: "item.earlierRepeats", BUILDS_ON: "item.earlierBuildsOn" },
  later: { REPEATS: "item.laterRepeats", BUILDS_ON: "item.laterBuildsOn" },
} as const;

/** "2007, recommendation 15 (repeats)"; a later form "(repeats this one)". */
export function formRefText(f: FormRef, direction: "earlier" | "later", w: ReportWords = ENGLISH): string {
  return w.t(FORM_KEY[direction][f.kind], { year: f.year, label: f.label });
}

/** The earlier and later forms of a recommendation, one line each. */
export function formLines(
  item: Pick<ReportItem, "earlier" | "later">,
  w: ReportWords = ENGLISH,
): { label: string; value: string }[] {
  return [
    ...item.earlier.map((f) => ({ label: w.t("item.earlierForm"), value: formRefText(f, "earlier", w) })),
    ...item.later.map((f) => ({ label: w.t("item.laterForm"), value: formRefText(f, "later", w) })),
  ];
}

/** "Date of the response: between 13 July 2011 and 30 September 2011", then its note. */
function dateNotes(label: string, d: DateOut, w: ReportWords): ItemBlock[] {
  const b: ItemBlock[] = [{ kind: "note", text: `${label}: ${datedText(d, w)}` }];
  if (d.note) b.push({ kind: "note", text: `${w.t("item.dateNote")}: ${d.note}` });
  return b;
}

export function followUpText(f: ReportItem["followUps"][number], w: ReportWords = ENGLISH): string {
  const parts = [f.actionTaken];
  if (f.institution) parts.push(w.t("item.institution", { name: f.institution }));
  if (f.evidence) parts.push(w.t("item.evidence", { evidence: f.evidence }));
  if (f.nextStep)
    parts.push(
      f.targetDate
        ? w.t("item.nextStepTarget", { step: f.nextStep, date: w.day(f.targetDate) })
        : w.t("item.nextStep", { step: f.nextStep }),
    );
  else if (f.targetDate) parts.push(w.t("item.targetDate", { date: w.day(f.targetDate) }));
  if (f.date.note) parts.push(`${w.t("item.dateNote")}: ${f.date.note}`);
  return parts.join(" ");
}

/**
 * What a reader is told about a text that is not in the report's language as written (null when it is): an
 * untranslated original is marked "[original, English]"; a translation says whether it is official, by whom, and
 * that the original is authoritative. Never "official" unless it is.
 */
export function readingMark(r: TextReading | null | undefined, w: ReportWords = ENGLISH): string | null {
  if (!r) return null;
  if (r.isOriginal)
    return r.language === w.content ? null : w.t("reading.original", { language: w.languageName(r.language) });
  const values = {
    language: w.languageName(r.language),
    translator: r.translator ?? "",
    original: w.languageName(r.originalLanguage),
  };
  return r.kind === "OFFICIAL"
    ? w.t("reading.official", { ...values, source: r.source ?? "\u2013" })
    : w.t("reading.working", values);
}

/** The language tag of a text the report quotes in another language ("en"), for PDF and Word; undefined otherwise. */
export function foreignLang(r: TextReading | null | undefined, w: ReportWords = ENGLISH): string | undefined {
  return r && r.language !== w.content ? r.language.toLowerCase() : undefined;
}

/** Everything shown for one recommendation, in order (the lead-in comes from ReportOutline). */
export function itemBlocks(
  item: ExportItem,
  layout: ReportOptions["layout"],
  leadIn: string | null,
  w: ReportWords = ENGLISH,
): ItemBlock[] {
  const b: ItemBlock[] = [{ kind: "heading", text: itemHeading(item, w) }];
  const italic = layout === "government";
  if (leadIn) b.push({ kind: "leadIn", label: String(item.number), text: leadIn, italic });
  const recLang = foreignLang(item.reading?.text, w);
  for (const p of paragraphs(item.text))
    b.push({ kind: "recText", text: p, italic, ...(recLang && { lang: recLang }) });
  const recMark = readingMark(item.reading?.text, w);
  if (recMark) b.push({ kind: "note", text: recMark });
  if (item.needsVerification) b.push({ kind: "note", text: w.t("item.needsVerification") });
  const forms: ItemBlock[] = formLines(item, w).map((f) => ({ kind: "field", label: f.label, value: f.value }));
  const respLang = foreignLang(item.reading?.response, w);
  // The CEC's closing sentence is quoted, never translated: in the response's original language (the vocabulary's
  // own sentences are English), tagged when that is not the report's.
  const sentenceLanguage = item.reading ? (item.reading.response?.originalLanguage ?? "EN") : null;
  const sentenceLang = sentenceLanguage && sentenceLanguage !== w.content ? sentenceLanguage.toLowerCase() : undefined;
  const responseText = (): ItemBlock[] => {
    const out: ItemBlock[] = paragraphs(item.response?.text).map((p) => ({
      kind: "para",
      text: p,
      ...(respLang && { lang: respLang }),
    }));
    const mark = item.response?.text ? readingMark(item.reading?.response, w) : null;
    if (mark) out.push({ kind: "note", text: mark });
    return out;
  };

  if (layout === "government") {
    b.push(...forms);
    b.push({ kind: "subheading", text: w.t("item.cecStandpoint") });
    if (item.response) {
      b.push(...responseText());
      const s = statusSentence(item);
      if (s) b.push({ kind: "statusSentence", text: s, ...(sentenceLang && { lang: sentenceLang }) });
      b.push(...dateNotes(w.t("item.responseDate"), item.response.date, w));
    } else {
      b.push({ kind: "para", text: `${w.status("NO_RESPONSE")}.` });
    }
    return b;
  }

  const source = w.t("item.source");
  if (item.source) b.push({ kind: "note", text: `${source}: ${item.source}` });
  b.push(...forms);
  b.push({ kind: "field", label: w.t("item.stateResponse"), value: stateStatusLabel(item, w) });
  if (item.response) {
    b.push(...dateNotes(w.t("item.responseDate"), item.response.date, w));
    b.push(...responseText());
    const s = statusSentence(item);
    if (s) b.push({ kind: "statusSentence", text: s, ...(sentenceLang && { lang: sentenceLang }) });
    if (item.response.source) b.push({ kind: "note", text: `${source}: ${item.response.source}` });
  }
  b.push({ kind: "field", label: w.t("item.assessment"), value: independentStatusLabel(item, w) });
  const a = item.assessment;
  if (a) {
    b.push({ kind: "note", text: `${w.t("item.assessor")}: ${assessorText(a, w)}, ${datedText(a.date, w)}` });
    if (a.date.note) b.push({ kind: "note", text: `${w.t("item.dateNote")}: ${a.date.note}` });
    const rs = paragraphs(a.rationale);
    rs.forEach((p, i) => b.push({ kind: "para", text: i === 0 ? `${w.t("item.rationale")}: ${p}` : p }));
    if (a.source) b.push({ kind: "note", text: `${source}: ${a.source}` });
  }
  if (item.followUps.length === 0)
    b.push({ kind: "field", label: w.t("item.followUp"), value: w.t("item.noFollowUp") });
  else {
    b.push({ kind: "subheading", text: w.t("item.followUp") });
    for (const f of item.followUps) b.push({ kind: "bullet", lead: datedText(f.date, w), text: followUpText(f, w) });
  }
  b.push({
    kind: "field",
    label: w.t("item.institutions"),
    value: item.institutions.length ? item.institutions.join("; ") : w.t("item.noInstitutions"),
  });
  return b;
}
