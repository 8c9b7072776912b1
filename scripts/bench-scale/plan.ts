// Phase 1 of the generator: decide every entity and the recorded time of
// every event, in a fixed order from the seed. Users and countries first,
// then each country's institutions and election cycles; each cycle's
// documents, sections and recommendations (imported by an editor); each
// recommendation's series (plan-series.ts). Old cycles are backfilled after
// the tracker went live (T0), new ones recorded weeks after their report.
import { Clock, later } from "./clock";
import { Rng } from "./prng";
import { ADMIN, SYSTEM, type Attrs, type EntityPlan, type Kind } from "./plan-types";
import { planLink, planSeries } from "./plan-series";
import {
  cyclesOf,
  DAY,
  dayOf,
  EDITORS,
  idOf,
  INSTITUTIONS_PER_COUNTRY,
  RECS_PER_CYCLE,
  REAL_END,
  T0,
  type Shape,
} from "./shape";
import type { ElectionType } from "@/lib/generated/prisma/enums";

const MINUTE = 60_000;
const CODE: Record<Kind, string> = {
  user: "u",
  country: "n",
  institution: "i",
  cycle: "y",
  document: "d",
  section: "s",
  rec: "r",
  response: "p",
  assessment: "a",
  followUp: "f",
  assignment: "g",
  link: "l",
};

export interface PlannedEvent {
  t: number;
  action: string;
  actor: number;
}

export class Planner {
  readonly entities: EntityPlan[] = [];
  readonly clock = new Clock();
  private counts = new Map<Kind, number>();

  constructor(readonly shape: Shape) {}

  add(kind: Kind, parent: EntityPlan | null, a: Attrs, events: PlannedEvent[], id?: string): EntityPlan {
    const n = this.counts.get(kind) ?? 0;
    this.counts.set(kind, n + 1);
    const e: EntityPlan = {
      kind,
      id: id ?? idOf(CODE[kind], n),
      n,
      parent,
      a,
      times: events.map((ev) => this.clock.claim(ev.t)),
      actions: events.map((ev) => ev.action),
      actors: events.map((ev) => ev.actor),
    };
    this.entities.push(e);
    return e;
  }

  count(kind: Kind): number {
    return this.counts.get(kind) ?? 0;
  }
}

/** The recommendations of a cycle: 32 numbers, 8 of them in two lettered parts; 8 priority items first. */
const LETTERED = new Set([2, 5, 9, 13, 17, 21, 26, 30]);
export function itemsOfCycle(): { number: number; letter: string | null }[] {
  const out: { number: number; letter: string | null }[] = [];
  for (let number = 1; out.length < RECS_PER_CYCLE; number++) {
    if (LETTERED.has(number)) out.push({ number, letter: "a" }, { number, letter: "b" });
    else out.push({ number, letter: null });
  }
  return out.slice(0, RECS_PER_CYCLE);
}

const TYPES: ElectionType[] = ["PARLIAMENTARY", "PRESIDENTIAL", "LOCAL"];
const SECTIONS = [
  { key: "A", title: "A. Priority recommendations", priority: "PRIORITY" as const },
  { key: "B", title: "B. Other recommendations", priority: "OTHER" as const },
  { key: "B/legal", title: "Legal framework", priority: "OTHER" as const, parent: "B" },
  { key: "B/administration", title: "Election administration", priority: "OTHER" as const, parent: "B" },
  { key: "B/media", title: "Media", priority: "OTHER" as const, parent: "B" },
  { key: "B/disputes", title: "Complaints and appeals", priority: "OTHER" as const, parent: "B" },
];

function planCycle(
  P: Planner,
  country: EntityPlan,
  institutions: EntityPlan[],
  team: number[],
  k: number,
  n: number,
  previous: EntityPlan[],
): EntityPlan[] {
  const c = country.a.c!;
  const rng = Rng.of(P.shape.seed, `plan:cycle:${c}:${k}`);
  const year = 2026 - n + k;
  const election = Date.UTC(year, 0, 20) + rng.int(0, 300) * DAY;
  const report = election + rng.int(45, 110) * DAY;
  const tc = Math.max(report + rng.int(7, 60) * DAY, T0 + DAY + rng.next() * 540 * DAY);
  const cycle = P.add("cycle", country, { c, k, year, electionType: TYPES[k % 3], election, report }, [
    { t: tc, action: "create", actor: SYSTEM },
  ]);
  const doc = (docType: "PRELIMINARY_STATEMENT" | "FINAL_REPORT" | "GOVERNMENT_COMMENTS", issued: number, t: number) =>
    P.add("document", cycle, { docType, issued }, [{ t, action: "create", actor: SYSTEM }]);
  doc("PRELIMINARY_STATEMENT", dayOf(election + DAY), tc + MINUTE);
  const finalReport = doc("FINAL_REPORT", dayOf(report), tc + 2 * MINUTE);
  const issued = dayOf(Math.min(report + rng.int(90, 270) * DAY, REAL_END));
  const comments = doc("GOVERNMENT_COMMENTS", issued, Math.max(tc + 3 * MINUTE, issued + rng.next() * 30 * DAY));
  const sections = new Map<string, EntityPlan>();
  SECTIONS.forEach((s, i) => {
    const a = {
      key: s.key,
      title: s.title,
      priority: s.priority,
      order: i + 1,
      section: s.parent ? sections.get(s.parent) : undefined,
    };
    sections.set(s.key, P.add("section", cycle, a, [{ t: tc + (4 + i) * MINUTE, action: "create", actor: SYSTEM }]));
  });
  const importer = rng.pick(team);
  const topics = ["B/legal", "B/administration", "B/media", "B/disputes"];
  return itemsOfCycle().map((item, i) => {
    const section = sections.get(i < 8 ? "A" : topics[Math.floor((i - 8) / 8)]!)!;
    const tr = tc + 60 * MINUTE + i * 1500;
    const recRng = Rng.of(P.shape.seed, `plan:rec:${c}:${k}:${i}`);
    const events: PlannedEvent[] = [{ t: tr, action: "create", actor: importer }];
    // A few texts are corrected later (a typo, or verified against the source).
    const fixedAt = recRng.chance(0.05) ? later(recRng, tr, DAY, 300 * DAY) : null;
    if (fixedAt) events.push({ t: fixedAt, action: "update", actor: recRng.pick(team) });
    const rec = P.add(
      "rec",
      cycle,
      { ...item, section, priority: i < 8 ? "PRIORITY" : "OTHER", doc: finalReport, line: i + 2, c },
      events,
    );
    planSeries(P, recRng, rec, { team, institutions, finalReport, comments });
    if (previous[i]) planLink(P, recRng, rec, previous[i]!, team);
    return rec;
  });
}

function planCountry(P: Planner, c: number) {
  const country = P.add("country", null, { c }, [
    { t: T0 + 60 * MINUTE + c * MINUTE, action: "create", actor: SYSTEM },
  ]);
  const institutions: EntityPlan[] = [];
  for (let i = 0; i < INSTITUTIONS_PER_COUNTRY; i++) {
    const t = T0 + 120 * MINUTE + (c * INSTITUTIONS_PER_COUNTRY + i) * MINUTE;
    institutions.push(P.add("institution", country, { c, i }, [{ t, action: "create", actor: ADMIN }]));
  }
  // A desk of three editors per country.
  const team = [0, 1, 2].map((j) => (c * 3 + j) % EDITORS);
  const n = cyclesOf(P.shape, c);
  let previous: EntityPlan[] = [];
  for (let k = 0; k < n; k++) previous = planCycle(P, country, institutions, team, k, n, previous);
}

export function plan(shape: Shape): Planner {
  const P = new Planner(shape);
  P.add("user", null, { role: "ADMIN" }, [{ t: T0, action: "create", actor: SYSTEM }]);
  for (let e = 0; e < EDITORS; e++)
    P.add("user", null, { role: "EDITOR", i: e }, [{ t: T0 + (e + 1) * MINUTE, action: "create", actor: SYSTEM }]);
  for (let c = 0; c < shape.countries; c++) planCountry(P, c);
  return P;
}
