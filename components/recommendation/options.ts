// Select options from the closed vocabularies and the page's data.
import {
  ASSESSMENT,
  ASSESSMENT_ORDER,
  ASSESSOR_TYPE,
  STATE_RESPONSE,
  STATE_RESPONSE_ORDER,
  type AssessorType,
  type DocumentType,
  type ElectionType,
} from "@/lib/vocab";
import { formatDate } from "@/lib/i18n/format";
import type { TimelineWords } from "./timeline";

export interface Option {
  value: string;
  label: string;
  /** Options of one group are consecutive; the select shows them under an <optgroup>. */
  group?: string;
}

export const stateResponseOptions: Option[] = STATE_RESPONSE_ORDER.map((s) => ({
  value: s,
  label: STATE_RESPONSE[s].label,
}));
/** "No response recorded" is the absence of an entry, not something to record. */
export const recordableResponseOptions: Option[] = stateResponseOptions.filter((o) => o.value !== "NO_RESPONSE");
export const assessmentOptions: Option[] = ASSESSMENT_ORDER.map((s) => ({ value: s, label: ASSESSMENT[s].label }));
export const assessorTypeOptions: Option[] = (Object.keys(ASSESSOR_TYPE) as AssessorType[]).map((t) => ({
  value: t,
  label: ASSESSOR_TYPE[t],
}));

export function documentOptions(documents: { id: string; title: string }[]): Option[] {
  return documents.map((d) => ({ value: d.id, label: d.title }));
}

interface CitableCycle {
  id: string;
  year: number;
  title: string;
  electionType: ElectionType;
  documents: { id: string; title: string; type: DocumentType; issuer: string; issuedOn: Date | null }[];
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * The documents a response, assessment or follow-up may cite, in the reader's language: this cycle's first, then
 * the country's other cycles, grouped by cycle ("2012 · Early parliamentary (Mazhilis) elections") and labelled
 * "2012 parliamentary — Final report: OSCE/ODIHR … Final Report (OSCE/ODIHR, 3 April 2012)".
 */
export function citableDocumentOptions(
  cycles: CitableCycle[],
  currentCycleId: string,
  { t, locale }: TimelineWords,
): Option[] {
  const ordered = [...cycles.filter((c) => c.id === currentCycleId), ...cycles.filter((c) => c.id !== currentCycleId)];
  const r = (key: string, values?: Record<string, string | number>) => t(`recommendation.${key}`, values);
  return ordered.flatMap((c) => {
    const current = c.id === currentCycleId;
    const election = r(`electionType.${c.electionType}`);
    const group = r(current ? "documentGroupThisCycle" : "documentGroup", { year: c.year, title: c.title, election });
    return c.documents.map((d) => ({
      value: d.id,
      // The cycle in the label too: not every screen reader announces the group.
      label: r("documentOption", {
        year: c.year,
        election,
        type: r(`documentType.${d.type}`),
        title: shorten(d.title, 80),
        issuer: shorten(d.issuer, 40),
        issued: d.issuedOn ? formatDate(d.issuedOn, locale) : r("undated"),
      }),
      group,
    }));
  });
}

export function institutionOptions(
  institutions: { id: string; name: string; abbreviation: string | null }[],
): Option[] {
  return institutions.map((i) => ({ value: i.id, label: i.abbreviation ? `${i.name} (${i.abbreviation})` : i.name }));
}

/** "2011-04-03" for date inputs; empty when not recorded. */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
