// The two clocks, never mixed (docs/decisions/005):
// - `on`: status in the world on that day: the latest response and assessment
//   dated on or before it (uncertain dates count from their last possible day);
// - `asOf`: as recorded in the tracker at the end of that day (UTC).
// Both together: what the tracker knew on `asOf` about the status on `on`.
// Every page, report, export and API call takes its moment from here.
import { z } from "zod";
import { parseDay, todayIso } from "@/lib/dated";

export interface Moment {
  /** Real-world day (YYYY-MM-DD), or null for "the latest, whatever its date". */
  on: string | null;
  /**
   * Tracker day (YYYY-MM-DD: the end of that day, UTC), or null for "as recorded
   * now". Internally (tests, scripts) also an exact instant (ISO date-time).
   */
  asOf: string | null;
}

export const NOW: Moment = { on: null, asOf: null };

const blank = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);
export const momentDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .refine((s) => parseDay(s) !== null, "is not a real date")
  .refine((s) => s >= "1990-01-01", "must be after 1990")
  .refine((s) => s <= todayIso(), "cannot be in the future");
export const momentParam = z.preprocess(blank, momentDay.optional());

/** The moment of a URL; invalid values are named and ignored, never passed on. */
export function parseMoment(params: Record<string, string | string[] | undefined>): {
  moment: Moment;
  invalid: ("on" | "asOf")[];
} {
  const invalid: ("on" | "asOf")[] = [];
  const read = (key: "on" | "asOf") => {
    const r = momentParam.safeParse(params[key]);
    if (!r.success) invalid.push(key);
    return r.success ? (r.data ?? null) : null;
  };
  return { moment: { on: read("on"), asOf: read("asOf") }, invalid };
}

/** The end of a tracker day: "as recorded on 2012-01-01" includes that whole day (UTC). */
export function endOfDay(isoDay: string): Date {
  return new Date(new Date(`${isoDay}T00:00:00.000Z`).getTime() + 86_400_000 - 1);
}

/** The instant a moment's recorded clock stands at (now when not set). */
export function recordedAt(m: Moment): Date {
  if (!m.asOf) return new Date();
  return m.asOf.length === 10 ? endOfDay(m.asOf) : new Date(m.asOf);
}

/** "?on=…&asOf=…" parts of a URL, in a fixed order. */
export function momentQuery(m: Moment): [string, string][] {
  return [
    ...(m.on ? [["on", m.on] as [string, string]] : []),
    ...(m.asOf ? [["asOf", m.asOf] as [string, string]] : []),
  ];
}
