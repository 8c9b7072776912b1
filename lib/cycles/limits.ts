// How long each text of a cycle's details may be: the schema (./edit.ts) refuses longer text and the form shows
// the same numbers as counters (components/catalogue/catalogue-fields.tsx). Client-safe: no server imports.
export const CYCLE_LIMITS = {
  title: 300,
  finalReportTitle: 500,
  finalReportPlace: 200,
  notes: 5000,
} as const;
