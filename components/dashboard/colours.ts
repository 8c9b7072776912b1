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

/** CIE L* of a colour: what a greyscale printer keeps (lib/colour.ts). */
export { lightness } from "@/lib/colour";
