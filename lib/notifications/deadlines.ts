// Deadlines (npm run notify:deadlines, daily from cron): follow-up entries whose target date is within
// `days` days, or has passed, notify the people responsible for them, once per entry, kind and target
// date (a new target date notifies again). Withdrawn entries are skipped.
//
// Who is notified: the person who recorded the entry (`FollowUp.createdById`) and the recommendation's owner
// (lib/owners), when still active (`deadlineRecipients`, one place).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { notify } from "./notify";

export const DEFAULT_DEADLINE_DAYS = 7;
const DAY_MS = 86_400_000;

/** Today as a calendar day (UTC midnight), as target dates are stored. */
export const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const dayWords = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The people told about one entry's deadline. */
export function deadlineRecipients(entry: {
  createdById: string | null;
  recommendation?: { ownerId: string | null };
}): string[] {
  const ids = [entry.createdById, entry.recommendation?.ownerId ?? null].filter((id): id is string => !!id);
  return [...new Set(ids)];
}

/** Pure: the notification for one entry on `today`, or null when its target date is further away. */
export function deadlineNotice(
  entry: { id: string; entryNo: number; targetDate: Date; nextStep: string | null; rec: string },
  today: Date,
  days: number,
): { kind: "DEADLINE_APPROACHING" | "DEADLINE_PASSED"; dedupeKey: string; text: string } | null {
  const left = Math.round((entry.targetDate.getTime() - today.getTime()) / DAY_MS);
  if (left > days) return null;
  const day = entry.targetDate.toISOString().slice(0, 10);
  const [no, rec, on] = [entry.entryNo, entry.rec, dayWords(entry.targetDate)];
  // Whole sentences (one catalogue entry each, lib/i18n/server-messages.ts), not fragments joined.
  const step = entry.nextStep?.slice(0, 120);
  if (left < 0)
    return {
      kind: "DEADLINE_PASSED",
      dedupeKey: `deadline-passed:${entry.id}:${day}`,
      text: step
        ? `The target date of follow-up entry ${no} of ${rec} (next step: ${step}) passed on ${on}.`
        : `The target date of follow-up entry ${no} of ${rec} passed on ${on}.`,
    };
  const when = left === 0 ? serverText("today") : left === 1 ? serverText("tomorrow") : serverText(`in ${left} days`);
  return {
    kind: "DEADLINE_APPROACHING",
    dedupeKey: `deadline-approaching:${entry.id}:${day}`,
    text: step
      ? `The target date of follow-up entry ${no} of ${rec} (next step: ${step}) is ${when}, ${on}.`
      : `The target date of follow-up entry ${no} of ${rec} is ${when}, ${on}.`,
  };
}

export async function notifyDeadlines(
  db: PrismaClient,
  o: { today?: Date; days?: number; email?: boolean } = {},
): Promise<{ approaching: number; passed: number }> {
  const today = utcDay(o.today ?? new Date());
  const days = o.days ?? DEFAULT_DEADLINE_DAYS;
  const entries = await db.followUp.findMany({
    where: { withdrawnAt: null, targetDate: { not: null, lte: new Date(today.getTime() + days * DAY_MS) } },
    orderBy: [{ targetDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      entryNo: true,
      targetDate: true,
      nextStep: true,
      createdById: true,
      recommendation: { select: { id: true, label: true, ownerId: true, cycle: { select: { year: true } } } },
    },
  });
  const counts = { approaching: 0, passed: 0 };
  for (const e of entries) {
    const rec = serverText(`${e.recommendation.cycle.year} · recommendation ${e.recommendation.label}`);
    const notice = deadlineNotice({ ...e, targetDate: e.targetDate!, rec }, today, days);
    const userIds = deadlineRecipients(e);
    if (!notice || userIds.length === 0) continue;
    // One short transaction per entry: the notification and its e-mail together.
    const created = await db.$transaction((tx) =>
      notify(
        tx,
        {
          userIds,
          kind: notice.kind,
          recommendationId: e.recommendation.id,
          text: notice.text,
          dedupeKey: notice.dedupeKey,
        },
        { email: o.email },
      ),
    );
    if (notice.kind === "DEADLINE_PASSED") counts.passed += created.length;
    else counts.approaching += created.length;
  }
  return counts;
}
