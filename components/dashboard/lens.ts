// The two lenses on status, as the dashboards show them: title, order of the
// scale, labels, glyphs and colours. Pure data, usable on server and client.
import { ASSESSMENT, ASSESSMENT_ORDER, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { ASSESSMENT_COLOURS, STATE_COLOURS } from "./colours";

export type LensKey = "state" | "independent";

export interface LensStatus {
  code: string;
  label: string;
  glyph: string;
  colour: string;
}

export interface Lens {
  key: LensKey;
  /** "State's response", "Independent assessment". */
  title: string;
  statuses: LensStatus[];
}

export const LENSES: Record<LensKey, Lens> = {
  state: {
    key: "state",
    title: "State\u2019s response",
    statuses: STATE_RESPONSE_ORDER.map((code) => ({
      code,
      label: STATE_RESPONSE[code].label,
      glyph: STATE_RESPONSE[code].glyph,
      colour: STATE_COLOURS[code],
    })),
  },
  independent: {
    key: "independent",
    title: "Independent assessment",
    statuses: ASSESSMENT_ORDER.map((code) => ({
      code,
      label: ASSESSMENT[code].label,
      glyph: ASSESSMENT[code].glyph,
      colour: ASSESSMENT_COLOURS[code],
    })),
  },
};

/** The counts of one lens in a tally-like object ({ state, independent }). */
export function countsOf(
  t: { state: Record<string, number>; independent: Record<string, number> },
  lens: LensKey,
): Record<string, number> {
  return lens === "state" ? t.state : t.independent;
}

/** Where the lenses disagree: the state says implemented, the independent assessment says partially or not at all. */
export function lensesDisagree(state: string, independent: string): boolean {
  return state === "IMPLEMENTED" && (independent === "NOT_IMPLEMENTED" || independent === "PARTIALLY_IMPLEMENTED");
}
