// Each recommendation's series, as the tracker would record them over the
// years: the state's responses (the first from the government's comments,
// often known only by bounds), independent assessments by several kinds of
// assessor, follow-up entries (a quarter internal), responsible institutions,
// and a link to the same item of the country's previous cycle now and then.
// Some entries are corrected later, a few withdrawn; some institutions unassigned.
import { datedAround, later, recordedAfter, spreadDays } from "./clock";
import type { Rng } from "./prng";
import type { EntityPlan } from "./plan-types";
import type { Planner, PlannedEvent } from "./plan";
import { DAY, dayOf, REAL_END } from "./shape";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/generated/prisma/enums";

export interface SeriesContext {
  team: number[];
  institutions: EntityPlan[];
  finalReport: EntityPlan;
  comments: EntityPlan;
}

const STATE_STEPS: StateResponseStatus[] = [
  "CANNOT_BE_ACCEPTED",
  "REQUIRES_FURTHER_STUDY",
  "ACCEPTED_IN_PART",
  "AT_STAGE_OF_IMPLEMENTATION",
  "IMPLEMENTED",
];
const ODIHR_STEPS: AssessmentStatus[] = [
  "NOT_IMPLEMENTED",
  "PARTIALLY_IMPLEMENTED",
  "MOSTLY_IMPLEMENTED",
  "FULLY_IMPLEMENTED",
];

/** Mostly the same as before, sometimes a step further, now and then anything. */
function next<T>(rng: Rng, steps: T[], prev: T | null, any: () => T): T {
  const i = prev === null ? -1 : steps.indexOf(prev);
  if (i < 0 || rng.chance(0.15)) return any();
  return rng.chance(0.6) ? prev! : steps[Math.min(steps.length - 1, i + 1)]!;
}

/** create, then maybe a correction, then maybe a withdrawal, each by someone of the team. */
function lifecycle(
  rng: Rng,
  t: number,
  team: number[],
  pUpdate: number,
  pWithdraw: number,
  [first, end] = ["create", "withdraw"],
): PlannedEvent[] {
  const events: PlannedEvent[] = [{ t, action: first!, actor: rng.pick(team) }];
  let last = t;
  if (rng.chance(pUpdate)) {
    const u = later(rng, last, 3_600_000, 400 * DAY);
    if (u) events.push({ t: (last = u), action: "update", actor: rng.pick(team) });
  }
  if (rng.chance(pWithdraw)) {
    const w = later(rng, last, 3_600_000, 700 * DAY);
    if (w) events.push({ t: w, action: end!, actor: rng.pick(team) });
  }
  return events;
}

export function planSeries(P: Planner, rng: Rng, rec: EntityPlan, ctx: SeriesContext): void {
  const report = rec.parent!.a.report!;
  const tr = rec.times[0]!;
  const { team } = ctx;

  // The state's responses: the first in the government's comments (by bounds a third of the time), then later answers.
  const issued = ctx.comments.a.issued!;
  const t1 = recordedAfter(rng, issued, Math.max(tr, ctx.comments.times[0]!));
  const bounds = rng.chance(0.35);
  let status: StateResponseStatus = rng.weighted<StateResponseStatus>({
    IMPLEMENTED: 20,
    AT_STAGE_OF_IMPLEMENTATION: 15,
    ACCEPTED_IN_PART: 10,
    REQUIRES_FURTHER_STUDY: 20,
    CANNOT_BE_ACCEPTED: 25,
    NO_RESPONSE: 10,
  });
  P.add(
    "response",
    rec,
    {
      status,
      doc: ctx.comments,
      date: bounds
        ? {
            p: "RANGE",
            from: dayOf(report),
            to: issued,
            note: "Synthetic: the comments are undated; not before the final report, not after they were published.",
          }
        : { p: "DAY", from: issued, to: issued, note: null },
    },
    lifecycle(rng, t1, team, 0.12, 0.05),
  );
  for (const day of spreadDays(rng, Math.min(4, rng.poisson(1.5)), issued + 30 * DAY, REAL_END)) {
    const t = recordedAfter(rng, day, tr);
    status = next(rng, STATE_STEPS, status, () => rng.pick([...STATE_STEPS, "NO_RESPONSE" as const]));
    P.add("response", rec, { status, doc: null, date: datedAround(rng, day, t) }, lifecycle(rng, t, team, 0.12, 0.05));
  }

  // Independent assessments, by several kinds of assessor.
  let assessment: AssessmentStatus | null = null;
  for (const day of spreadDays(rng, Math.min(7, rng.poisson(3)), report + 30 * DAY, REAL_END)) {
    const t = recordedAfter(rng, day, tr);
    assessment = rng.chance(0.08)
      ? "NOT_YET_ASSESSED"
      : next(rng, ODIHR_STEPS, assessment, () => rng.pick(ODIHR_STEPS));
    P.add(
      "assessment",
      rec,
      {
        assessment,
        date: datedAround(rng, day, t),
        doc: rng.chance(0.15) ? ctx.finalReport : null,
        assessorType: rng.weighted({ ODIHR_MISSION: 40, OTHER_OBSERVER: 15, CIVIL_SOCIETY: 30, INTERNAL_REVIEW: 15 }),
      },
      lifecycle(rng, t, team, 0.1, 0.05),
    );
  }

  // Follow-up entries: a quarter internal (never counted for readers).
  for (const day of spreadDays(rng, Math.min(40, rng.poisson(13.2)), report, REAL_END)) {
    const t = recordedAfter(rng, day, tr);
    P.add(
      "followUp",
      rec,
      {
        date: datedAround(rng, day, t),
        internal: rng.chance(0.25),
        institution: rng.chance(0.6) ? rng.pick(ctx.institutions) : null,
        doc: rng.chance(0.15) ? ctx.finalReport : null,
        target: rng.chance(0.2) ? dayOf(day + rng.int(30, 400) * DAY) : null,
      },
      lifecycle(rng, t, team, 0.15, 0.04),
    );
  }

  // Responsible institutions (distinct), a few unassigned later.
  const count = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
  const chosen = new Set<EntityPlan>();
  while (chosen.size < count) chosen.add(rng.pick(ctx.institutions));
  for (const institution of chosen) {
    const day = dayOf(report + rng.next() * Math.max(0, REAL_END - report));
    const t = recordedAfter(rng, day, tr);
    P.add(
      "assignment",
      rec,
      { institution, date: datedAround(rng, day, t) },
      lifecycle(rng, t, team, 0, 0.08, ["assign", "unassign"]),
      `${rec.id}:${institution.id}`,
    );
  }
}

/** One recommendation in ten repeats (or builds on) the same item of the country's previous cycle. */
export function planLink(P: Planner, rng: Rng, rec: EntityPlan, earlier: EntityPlan, team: number[]): void {
  if (!rng.chance(0.1)) return;
  const t = later(rng, Math.max(rec.times[0]!, earlier.times[0]!), 3_600_000, 700 * DAY);
  if (!t) return;
  const events: PlannedEvent[] = [{ t, action: "link", actor: rng.pick(team) }];
  const u = rng.chance(0.05) ? later(rng, t, DAY, 300 * DAY) : null;
  if (u) events.push({ t: u, action: "unlink", actor: rng.pick(team) });
  P.add(
    "link",
    rec,
    { to: earlier, linkKind: rng.chance(0.7) ? "REPEATS" : "BUILDS_ON" },
    events,
    `${rec.id}:${earlier.id}`,
  );
}
