// The closed status vocabularies, their labels and colours, defined once.
// The codes are the database enums (prisma/schema.prisma); nothing else in
// the app may spell a status string.
import type {
  AssessmentStatus,
  AssessorType,
  DocumentType,
  ElectionType,
  Priority,
  Publication,
  Role,
  StateResponseStatus,
} from "@/lib/generated/prisma/enums";

export type {
  AssessmentStatus,
  AssessorType,
  DocumentType,
  ElectionType,
  Priority,
  Publication,
  Role,
  StateResponseStatus,
};

/** A status's label, glyph and colour: the same in badges, charts and reports. */
export interface StatusStyle {
  label: string;
  /** Badge classes: dark text on a light background (WCAG AA); the colour is in the swatch. */
  className: string;
  /** A glyph so the status does not rely on colour alone (also in print). */
  glyph: string;
  /** Swatch and chart colour. */
  colour: string;
}

// One ordered scale from done to refused (docs/decisions/018-status-colours.md),
// shared by both vocabularies by rank (the same glyph has the same colour; the
// lenses are still never merged): dark blue for done, through a neutral grey for
// "in part", to tan and a pale red for refused, and a paler grey for "nothing
// recorded". Lightness rises monotonically with the rank, so a greyscale print
// keeps the order; neighbours stay apart for protan, deutan and tritan readers;
// black or white text reaches WCAG AA on every step (lib/colour.test.ts).
export const SCALE = {
  FILLED: "#003e75",
  THREE_QUARTERS: "#006588",
  HALF: "#7d7e8b",
  QUARTER: "#d3934b",
  EMPTY: "#ffb2af",
  NONE: "#f1f5f9",
} as const;

const BADGE = "bg-white text-slate-900 ring-slate-400";

export const STATE_RESPONSE: Record<StateResponseStatus, StatusStyle & { sentence: string | null }> = {
  IMPLEMENTED: {
    label: "Implemented",
    sentence: "Recommendation is implemented.",
    glyph: "●",
    colour: SCALE.FILLED,
    className: BADGE,
  },
  AT_STAGE_OF_IMPLEMENTATION: {
    label: "At the stage of implementation",
    sentence: "Recommendation is at the stage of implementation.",
    glyph: "◕",
    colour: SCALE.THREE_QUARTERS,
    className: BADGE,
  },
  ACCEPTED_IN_PART: {
    label: "Accepted in part",
    sentence: "Recommendation is accepted in part.",
    glyph: "◑",
    colour: SCALE.HALF,
    className: BADGE,
  },
  REQUIRES_FURTHER_STUDY: {
    label: "Requires further study",
    sentence: "Recommendation requires further study.",
    glyph: "◔",
    colour: SCALE.QUARTER,
    className: BADGE,
  },
  CANNOT_BE_ACCEPTED: {
    label: "Cannot be accepted",
    sentence: "This recommendation cannot be accepted.",
    glyph: "○",
    colour: SCALE.EMPTY,
    className: BADGE,
  },
  NO_RESPONSE: {
    label: "No response recorded",
    sentence: null,
    glyph: "–",
    colour: SCALE.NONE,
    className: "bg-slate-50 text-slate-800 ring-slate-400",
  },
};

export const STATE_RESPONSE_ORDER: StateResponseStatus[] = [
  "IMPLEMENTED",
  "AT_STAGE_OF_IMPLEMENTATION",
  "ACCEPTED_IN_PART",
  "REQUIRES_FURTHER_STUDY",
  "CANNOT_BE_ACCEPTED",
  "NO_RESPONSE",
];

export const ASSESSMENT: Record<AssessmentStatus, StatusStyle> = {
  FULLY_IMPLEMENTED: { label: "Fully implemented", glyph: "●", colour: SCALE.FILLED, className: BADGE },
  MOSTLY_IMPLEMENTED: { label: "Mostly implemented", glyph: "◕", colour: SCALE.THREE_QUARTERS, className: BADGE },
  PARTIALLY_IMPLEMENTED: { label: "Partially implemented", glyph: "◑", colour: SCALE.HALF, className: BADGE },
  NOT_IMPLEMENTED: { label: "Not implemented", glyph: "○", colour: SCALE.EMPTY, className: BADGE },
  NOT_YET_ASSESSED: {
    label: "Not yet assessed",
    glyph: "–",
    colour: SCALE.NONE,
    className: "bg-slate-50 text-slate-800 ring-slate-400",
  },
};

export const ASSESSMENT_ORDER: AssessmentStatus[] = [
  "FULLY_IMPLEMENTED",
  "MOSTLY_IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "NOT_IMPLEMENTED",
  "NOT_YET_ASSESSED",
];

export const ASSESSOR_TYPE: Record<AssessorType, string> = {
  ODIHR_MISSION: "ODIHR mission",
  OTHER_OBSERVER: "Other observer",
  CIVIL_SOCIETY: "Civil society",
  INTERNAL_REVIEW: "Internal review",
};

export const DOCUMENT_TYPE: Record<DocumentType, string> = {
  FINAL_REPORT: "Final report",
  PRELIMINARY_STATEMENT: "Preliminary statement",
  PRESS_RELEASE: "Press release",
  GOVERNMENT_COMMENTS: "Government comments",
  STATEMENT: "Statement",
  OTHER: "Other document",
};

export const ELECTION_TYPE: Record<ElectionType, string> = {
  PRESIDENTIAL: "Presidential",
  PARLIAMENTARY: "Parliamentary",
  LOCAL: "Local",
  REFERENDUM: "Referendum",
};

export const PRIORITY: Record<Priority, string> = {
  PRIORITY: "Priority",
  OTHER: "Other",
  UNSPECIFIED: "Not classified",
};

export const ROLE: Record<Role, string> = {
  ADMIN: "Administrator",
  EDITOR: "Editor",
  VIEWER: "Viewer",
  CONTRIBUTOR: "Contributor (institution focal point)",
};

/** Where a contributor's draft stands in review (lib/review). */
export const PUBLICATION: Record<Publication, string> = {
  DRAFT: "Draft (not yet submitted)",
  SUBMITTED: "Submitted for review",
  RETURNED: "Returned for changes",
  PUBLISHED: "Published",
};

/** Maps a CEC closing sentence ("Recommendation is implemented.") to its code. */
export function stateResponseFromSentence(sentence: string): StateResponseStatus | null {
  const s = sentence.trim().toLowerCase();
  if (s.startsWith("recommendation is implemented")) return "IMPLEMENTED";
  if (s.startsWith("recommendation is at the stage of implementation")) return "AT_STAGE_OF_IMPLEMENTATION";
  if (s.startsWith("recommendation is accepted in part")) return "ACCEPTED_IN_PART";
  if (s.startsWith("recommendation requires further study")) return "REQUIRES_FURTHER_STUDY";
  if (s.startsWith("this recommendation cannot be accepted")) return "CANNOT_BE_ACCEPTED";
  return null;
}

export function isStateResponseStatus(v: string): v is StateResponseStatus {
  return v in STATE_RESPONSE;
}
