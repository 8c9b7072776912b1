// Status words in the reader's language: the ONE helper that badges, dashboards and reports use. lib/vocab.ts
// keeps the codes, glyphs, colours and order (and the English words, which messages/en.json repeats: a test
// compares them); the words come from the "status" namespace of the catalogues.
import { isStateResponseStatus, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

/** A translator of the catalogues' "status" namespace: useTranslations("status") or getTranslations("status"). */
export type StatusWords = (key: string) => string;

/** The two vocabularies' codes are distinct, so a code alone says which one it is in. */
export function statusLabel(t: StatusWords, code: StateResponseStatus | AssessmentStatus): string {
  return isStateResponseStatus(code) ? t(`stateResponse.${code}`) : t(`assessment.${code}`);
}

/** "State's response", "Independent assessment". */
export function lensTitle(t: StatusWords, lens: "state" | "independent"): string {
  return t(`lens.${lens}`);
}

const GLYPH_KEY: Record<string, string> = {
  "●": "FILLED",
  "◕": "THREE_QUARTERS",
  "◑": "HALF",
  "◔": "QUARTER",
  "○": "EMPTY",
  "–": "NONE",
};

/** The glyph in words ("half-filled circle"), for a tooltip or a legend; "" for an unknown glyph. */
export function glyphLabel(t: StatusWords, glyph: string): string {
  const key = GLYPH_KEY[glyph];
  return key ? t(`glyph.${key}`) : "";
}
