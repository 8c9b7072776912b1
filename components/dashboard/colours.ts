// The one colour mapping for status charts, keyed by the vocabulary codes.
// Samples of the viridis scale (colour-blind safe), chosen so that lightness
// falls monotonically along each scale: the more implemented, the darker (as
// the glyphs fill: ● ◕ ◑ ◔ ○), "no response" / "not yet assessed" a pale grey.
// So the charts stay readable in greyscale print. The same glyph has the same
// colour in both lenses; the lenses are still never merged.
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

const FILLED = "#440154"; // ●  L* 15
const THREE_QUARTERS = "#414487"; // ◕  L* 32
const HALF = "#2a788e"; // ◑  L* 47
const QUARTER = "#22a884"; // ◔  L* 62
const EMPTY = "#7ad151"; // ○  L* 76
const NONE = "#f1f5f9"; // –  L* 96

export const STATE_COLOURS: Record<StateResponseStatus, string> = {
  IMPLEMENTED: FILLED,
  AT_STAGE_OF_IMPLEMENTATION: THREE_QUARTERS,
  ACCEPTED_IN_PART: HALF,
  REQUIRES_FURTHER_STUDY: QUARTER,
  CANNOT_BE_ACCEPTED: EMPTY,
  NO_RESPONSE: NONE,
};

export const ASSESSMENT_COLOURS: Record<AssessmentStatus, string> = {
  FULLY_IMPLEMENTED: FILLED,
  MOSTLY_IMPLEMENTED: THREE_QUARTERS,
  PARTIALLY_IMPLEMENTED: HALF,
  NOT_IMPLEMENTED: EMPTY,
  NOT_YET_ASSESSED: NONE,
};

/** Outline of every bar segment and swatch, so the pale grey stays visible on white paper. */
export const SEGMENT_STROKE = "#334155";

/** CIE L* (0 black … 100 white) of a #rrggbb colour: what a greyscale printer keeps. */
export function lightness(hex: string): number {
  const lin = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}
