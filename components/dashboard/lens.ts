// The two lenses on status, as the dashboards show them: order of the scale, glyphs and colours. Pure data,
// usable on server and client. The words (lens titles, status names) come from the catalogues' "status"
// namespace through lib/i18n/status.ts (lensTitle, statusLabel), in the reader's language.
import { ASSESSMENT, ASSESSMENT_ORDER, STATE_RESPONSE, STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { ASSESSMENT_COLOURS, STATE_COLOURS } from "./colours";

export type LensKey = "state" | "independent";

export interface LensStatus {
  code: string;
  glyph: string;
  colour: string;
}

export interface Lens {
  key: LensKey;
  statuses: LensStatus[];
}

export const LENSES: Record<LensKey, Lens> = {
  state: {
    key: "state",
    statuses: STATE_RESPONSE_ORDER.map((code) => ({
      code,
      glyph: STATE_RESPONSE[code].glyph,
      colour: STATE_COLOURS[code],
    })),
  },
  independent: {
    key: "independent",
    statuses: ASSESSMENT_ORDER.map((code) => ({
      code,
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
