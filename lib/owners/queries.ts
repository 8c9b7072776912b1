import "server-only";
// Deadlines and "My work". A recommendation's target date is the one its latest follow-up entry with a target
// date sets (the one order of a dated series, lib/status/sources.ts `latestFirst`; withdrawn entries never
// count): a later entry moves the deadline, and the entry names the responsible institution and next step.
// Its status comes from lib/status (never recomputed here); one the independent assessment finds fully
// implemented is done and no longer chased.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { canReview, isContributor, type SessionUser } from "@/lib/auth/policy";
import { NOW } from "@/lib/status/moment";
import { statusRows } from "@/lib/status/figures";
import { latestTargetsSql } from "./targets";
import { utcDay } from "@/lib/notifications/deadlines";
import { visibleWhere } from "@/lib/notifications/policy";
import { institutionRecommendations, reviewQueue } from "@/lib/review/queries";
import { progressQueue } from "@/lib/review/progress-queries";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

const DAY_MS = 86_400_000;
const DONE: readonly AssessmentStatus[] = ["FULLY_IMPLEMENTED"];

export interface DeadlineItem {
  recommendationId: string;
  label: string;
  year: number;
  cycleTitle: string;
  targetDate: Date;
  /** Days from today to the target date (negative: passed). */
  daysLeft: number;
  entryNo: number;
  nextStep: string | null;
  institution: string | null;
  owner: string | null;
  state: StateResponseStatus;
  independent: AssessmentStatus;
}

/** The window of a view: overdue (target date before today) or upcoming (today … today + days). */
export function window(view: "overdue" | "upcoming", today: Date, days: number): { from?: Date; to: Date } {
  const day = utcDay(today);
  return view === "overdue"
    ? { to: new Date(day.getTime() - DAY_MS) }
    : { from: day, to: new Date(day.getTime() + days * DAY_MS) };
}

/**
 * Recommendations whose target date has passed (overdue) or falls within `days` days (upcoming), soonest
 * target first; `ids` limits them to some recommendations (My work). Not done per lib/status.
 */
export async function deadlines(
  view: "overdue" | "upcoming",
  o: { today?: Date; days?: number; ids?: string[] } = {},
): Promise<DeadlineItem[]> {
  if (o.ids && o.ids.length === 0) return [];
  const today = utcDay(o.today ?? new Date());
  const w = window(view, today, o.days ?? 30);
  const db = await prisma();
  const latest = await db.$queryRaw<
    {
      recommendationId: string;
      targetDate: Date;
      entryNo: number;
      nextStep: string | null;
      institution: string | null;
    }[]
  >`
    WITH t AS (${latestTargetsSql(o.ids)})
    SELECT t.recommendation_id AS "recommendationId", t.target_date AS "targetDate", t.entry_no AS "entryNo",
           t.next_step AS "nextStep", i.name AS institution
    FROM t LEFT JOIN institutions i ON i.id = t.institution_id
    WHERE t.target_date <= CAST(${w.to.toISOString().slice(0, 10)} AS date)
      ${w.from ? Prisma.sql`AND t.target_date >= CAST(${w.from.toISOString().slice(0, 10)} AS date)` : Prisma.empty}`;
  if (latest.length === 0) return [];
  const ids = latest.map((l) => l.recommendationId);
  const [status, recs] = await Promise.all([
    statusRows(NOW, { ids }),
    db.recommendation.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        label: true,
        cycle: { select: { year: true, title: true } },
        owner: { select: { name: true } },
      },
    }),
  ]);
  const statusOf = new Map(status.map((s) => [s.id, s]));
  const recOf = new Map(recs.map((r) => [r.id, r]));
  return latest
    .flatMap((l) => {
      const s = statusOf.get(l.recommendationId);
      const r = recOf.get(l.recommendationId);
      if (!s || !r || DONE.includes(s.independent)) return [];
      const targetDate = new Date(l.targetDate);
      return [
        {
          ...l,
          targetDate,
          daysLeft: Math.round((targetDate.getTime() - today.getTime()) / DAY_MS),
          label: r.label,
          year: r.cycle.year,
          cycleTitle: r.cycle.title,
          owner: r.owner?.name ?? null,
          state: s.state,
          independent: s.independent,
        },
      ];
    })
    .sort(
      (a, b) => a.targetDate.getTime() - b.targetDate.getTime() || a.year - b.year || a.label.localeCompare(b.label),
    );
}

export interface RecommendationRef {
  id: string;
  label: string;
  year: number;
  cycleTitle: string;
}

/** The people who may own a recommendation, for the owner form: active editors, admins and contributors. */
export async function ownerCandidates(): Promise<{ id: string; name: string; role: string }[]> {
  const db = await prisma();
  return db.user.findMany({
    where: { active: true, role: { in: ["EDITOR", "ADMIN", "CONTRIBUTOR"] } },
    orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

/** A recommendation's owner (name only) and its version, for the recommendation page. */
export async function ownerOf(recommendationId: string) {
  const db = await prisma();
  return db.recommendation.findUnique({
    where: { id: recommendationId },
    select: { version: true, ownerId: true, owner: { select: { name: true } } },
  });
}

/** Everything "My work" shows one person: each section only for those it concerns (null otherwise). */
export async function myWork(user: SessionUser, o: { today?: Date } = {}) {
  const db = await prisma();
  const owned = await db.recommendation.findMany({
    where: { ownerId: user.id },
    select: { id: true, label: true, order: true, cycle: { select: { year: true, title: true } } },
  });
  const mine: RecommendationRef[] = owned
    .sort((a, b) => a.cycle.year - b.cycle.year || a.order - b.order)
    .map((r) => ({ id: r.id, label: r.label, year: r.cycle.year, cycleTitle: r.cycle.title }));
  const inst = isContributor(user) ? await institutionRecommendations(user.institutionId) : null;
  const institution = inst && {
    name: inst.institution,
    recommendations: inst.recommendations.map((r) => ({
      id: r.id,
      label: r.label,
      year: r.cycle.year,
      cycleTitle: r.cycle.title,
    })),
  };
  const review = canReview(user) ? await awaitingReview() : null;
  const ids = [...new Set([...mine.map((r) => r.id), ...(institution?.recommendations.map((r) => r.id) ?? [])])];
  const overdue = await deadlines("overdue", { today: o.today, ids });
  const mentions = await db.notification.findMany({
    where: { ...visibleWhere(user), kind: "MENTION" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: {
      id: true,
      text: true,
      createdAt: true,
      readAt: true,
      recommendation: { select: { id: true, label: true, cycle: { select: { year: true } } } },
    },
  });
  return { mine, institution, review, overdue, mentions };
}
export type MyWork = Awaited<ReturnType<typeof myWork>>;

/** The names of the owners that history events name (`ownerId` diffs), for signed-in readers of the history. */
export async function ownerNames(events: readonly { changes: unknown }[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const e of events) {
    const d = (e.changes as Record<string, { from?: unknown; to?: unknown } | undefined> | null)?.ownerId;
    for (const v of [d?.from, d?.to]) if (typeof v === "string") ids.add(v);
  }
  if (ids.size === 0) return new Map();
  const db = await prisma();
  const rows = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Both kinds of draft awaiting review, oldest submission first, each with its kind in words. */
async function awaitingReview() {
  const [drafts, progress] = await Promise.all([reviewQueue(), progressQueue()]);
  const items = [
    ...drafts.map((d) => ({ ...d, kind: "Follow-up draft" })),
    ...progress.map((d) => ({ ...d, kind: "Progress update" })),
  ];
  return items.sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
}
