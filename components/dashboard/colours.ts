// Chart colours of the statuses: the ones defined in lib/vocab.ts (shared with the badges).
import { ASSESSMENT, STATE_RESPONSE, type AssessmentStatus, type StateResponseStatus } from "@/lib/vocab";

export const STATE_COLOURS = Object.fromEntries(
  Object.entries(STATE_RESPONSE).map(([k, v]) => [k, v.colour]),
) as Record<StateResponseStatus, string>;

export const ASSESSMENT_COLOURS = Object.fromEntries(
  Object.entries(ASSESSMENT).map(([k, v]) => [k, v.colour]),
) as Record<AssessmentStatus, string>;

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
