// The shape of the generated data: sizes, the tracker's time line, ids,
// names and synthetic texts. Full size is 50 countries x 20 cycles x 40
// recommendations (about 1,000,000 audit events); smaller sizes keep the
// same per-cycle shape with fewer cycles. Nothing here is real: countries
// are named "Benchmark state NN" with user-assigned codes, and every text
// says it is synthetic (the project never invents recommendation texts).
import type { Rng } from "./prng";

export const SIZES = { smoke: 2, "10k": 10, "100k": 100, "1m": 1000 } as const;
export type SizeName = keyof typeof SIZES;

export const CYCLES_PER_COUNTRY = 20;
export const RECS_PER_CYCLE = 40;
export const INSTITUTIONS_PER_COUNTRY = 8;
export const EDITORS = 24;

export interface Shape {
  cycles: number;
  countries: number;
  seed: number;
}

export function shapeOf(cycles: number, seed = 20261130): Shape {
  return { cycles, countries: Math.ceil(cycles / CYCLES_PER_COUNTRY), seed };
}

/** Cycles of country `c` (every country has 20, the last one the rest). */
export const cyclesOf = (s: Shape, c: number) => Math.min(CYCLES_PER_COUNTRY, s.cycles - c * CYCLES_PER_COUNTRY);

// The tracker's time line (recorded time): fixed, so the same seed gives the
// same chain whatever the day it runs. It went live on T0; the generated
// history ends at HORIZON; the seed and the benchmark's users come after, at
// the real time of the run (so time order stays chain order).
export const DAY = 86_400_000;
export const T0 = Date.UTC(2016, 0, 4, 9, 0, 0);
export const HORIZON = Date.UTC(2026, 5, 30, 18, 0, 0);
/** The latest real-world date of an entry. */
export const REAL_END = HORIZON - 45 * DAY;

export const dayOf = (t: number) => Math.floor(t / DAY) * DAY;
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Deterministic ids of the app's shape (lower-case letters and digits, 24 characters). */
export function idOf(kind: string, n: number): string {
  return `b${kind}${n.toString(36).padStart(22 - kind.length + 1, "0")}`;
}

export const editorName = (i: number) => `Benchmark editor ${String(i + 1).padStart(2, "0")}`;
export const countryName = (c: number) => `Benchmark state ${String(c + 1).padStart(2, "0")}`;
/** User-assigned ISO 3166 alpha-3 codes (XAA…), so no real state is named. */
export const countryCode = (c: number) =>
  `X${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;

const INSTITUTIONS = [
  ["Central Election Commission", "CEC"],
  ["Parliament", "PARL"],
  ["Ministry of Justice", "MoJ"],
  ["Constitutional Court", "CC"],
  ["Supreme Court", "SC"],
  ["Ministry of Information", "MoI"],
  ["Prosecutor General's Office", "PGO"],
  ["Human Rights Commissioner", "HRC"],
] as const;
export const institutionName = (c: number, i: number) => `${INSTITUTIONS[i]![0]} of ${countryName(c)}`;
export const institutionAbbreviation = (i: number) => INSTITUTIONS[i]![1];

const WORDS = (
  "procedure register timeline complaint appeal commission observer campaign media candidate ballot count tabulation " +
  "transparency training guidance regulation deadline publication access review amendment framework registration " +
  "verification protocol district precinct accreditation finance disclosure oversight consultation implementation"
).split(" ");

/** `words` filler words, marked as synthetic so nobody mistakes them for a source. */
export function synthetic(rng: Rng, kind: string, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(rng.pick(WORDS));
  return `Synthetic ${kind} for the load benchmark: ${out.join(" ")}.`;
}
