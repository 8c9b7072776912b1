// Recorded times: unique milliseconds across the whole chain (so time order
// is chain order, with no ties to break), and helpers to place an event
// after another one without passing the end of the generated history.
import type { Rng } from "./prng";
import { DAY, dayOf, HORIZON } from "./shape";
import type { DatedPlan } from "./plan-types";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const MINUTE = 60_000;

export class Clock {
  private used = new Set<number>();

  claim(t: number): number {
    let ms = Math.round(t);
    while (this.used.has(ms)) ms++;
    this.used.add(ms);
    return ms;
  }

  get size(): number {
    return this.used.size;
  }
}

/** A time between `min` and `max` after `t` (at least a minute), never past the horizon; null if there is no room. */
export function later(rng: Rng, t: number, min: number, max: number): number | null {
  const lo = t + Math.max(min, MINUTE);
  const hi = Math.min(t + max, HORIZON - MINUTE);
  return hi <= lo ? null : lo + rng.next() * (hi - lo);
}

/** When an entry dated `day` is recorded: some days later, and after what it depends on (never past the horizon). */
export function recordedAfter(rng: Rng, day: number, notBefore: number): number {
  const natural = day + rng.next() * Math.min(45 * DAY, HORIZON - day - DAY);
  if (natural > notBefore) return natural;
  return notBefore + 5 * MINUTE + rng.next() * Math.max(0, Math.min(20 * DAY, HORIZON - notBefore - 10 * MINUTE));
}

/** `n` sorted days, uniform in [from, to]. */
export function spreadDays(rng: Rng, n: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(dayOf(from + rng.next() * Math.max(0, to - from)));
  return out.sort((a, b) => a - b);
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);

/**
 * The stored form of a date known as `precision` around `day`, entered at
 * `recorded`: a span that reaches past the day it was entered ends that day
 * (as lib/dated.ts checkDated does).
 */
export function datedAround(rng: Rng, day: number, recorded: number, note: string | null = null): DatedPlan {
  const p = rng.weighted<DatePrecision>({ DAY: 60, MONTH: 20, YEAR: 8, RANGE: 12 });
  const d = new Date(day);
  const cap = (to: number) => Math.min(to, dayOf(recorded));
  if (p === "DAY") return { p, from: day, to: day, note };
  if (p === "MONTH")
    return {
      p,
      from: utc(d.getUTCFullYear(), d.getUTCMonth(), 1),
      to: cap(utc(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)),
      note,
    };
  if (p === "YEAR") return { p, from: utc(d.getUTCFullYear(), 0, 1), to: cap(utc(d.getUTCFullYear(), 11, 31)), note };
  const from = rng.chance(0.2) ? null : dayOf(day - rng.int(10, 120) * DAY);
  return { p, from, to: day, note: note ?? "Synthetic: the source gives no exact day." };
}
