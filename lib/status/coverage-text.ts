// Coverage in words: how many of a report's recommendations the tracker holds. Pure, unit-tested; shown by
// the cycle list, cycle pages, dashboards, report pages and every export format, so that a half-entered cycle
// ("1 of 30") is never read as a result ("0 % implemented").

export interface Coverage {
  /** Recommendations recorded: distinct numbers, a recommendation split into lettered parts counting once. */
  recorded: number;
  /** Separately answerable items recorded (2011: 21 recommendations, 32 items). */
  items: number;
  /** How many recommendations the report gives; null when no source states it. */
  expected: number | null;
}

const recs = (n: number) => (n === 1 ? "recommendation" : "recommendations");

/** "Recorded 1 of 30 recommendations" (null when the report's count is unknown). */
export function coverageLine(c: Coverage): string | null {
  if (c.expected === null) return null;
  const parts = c.items !== c.recorded ? ` (${c.items} separately answerable items)` : "";
  return `Recorded ${c.recorded} of ${c.expected} ${recs(c.expected)}${parts}`;
}

/** True when the figures describe only part of the report. */
export const isPartial = (c: Coverage) => c.expected !== null && c.recorded < c.expected;

/** The plain warning shown wherever figures of a partial cycle appear; null when complete or unknown. */
export function coverageWarning(c: Coverage): string | null {
  if (!isPartial(c)) return null;
  return (
    `Only ${c.recorded} of the report\u2019s ${c.expected} ${recs(c.expected!)} ${c.recorded === 1 ? "is" : "are"} ` +
    "recorded in the tracker: the figures describe the recorded ones only, not the whole report."
  );
}

/** One sentence for a report's header: the line and, when partial, the warning. */
export function coverageSentence(c: Coverage): string {
  const line = coverageLine(c);
  if (line === null)
    return `${c.recorded} ${recs(c.recorded)} recorded; the number the report gives is not recorded in the tracker.`;
  const warning = coverageWarning(c);
  return warning ? `${line}. ${warning}` : `${line}.`;
}
