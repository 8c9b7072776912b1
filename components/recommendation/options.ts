// Select options from the closed vocabularies and the page's data.
import {
  ASSESSMENT,
  ASSESSMENT_ORDER,
  ASSESSOR_TYPE,
  STATE_RESPONSE,
  STATE_RESPONSE_ORDER,
  type AssessorType,
} from "@/lib/vocab";

export interface Option {
  value: string;
  label: string;
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

export function institutionOptions(
  institutions: { id: string; name: string; abbreviation: string | null }[],
): Option[] {
  return institutions.map((i) => ({ value: i.id, label: i.abbreviation ? `${i.name} (${i.abbreviation})` : i.name }));
}

/** "2011-04-03" for date inputs; empty when not recorded. */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
