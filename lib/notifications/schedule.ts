// The jobs inside the app server, so that a default installation (one process on the embedded database,
// which no second process may open) needs no cron: every 15 minutes, deadlines (once-only, so repeating
// is harmless) and the outbox's due e-mails; once a day, after NOTIFY_DIGEST_HOUR (UTC), the digest.
// Several app processes on one PostgreSQL may all run it: notifications are once-only, the digest takes
// a lock and marks what it carried, and each e-mail is claimed before it is sent.
// NOTIFY_IN_APP=false turns it off (then run npm run notify:deadlines / notify:digest / notify:deliver).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logUnexpected } from "@/lib/security/unexpected";
import { notifyDeadlines } from "./deadlines";
import { deliverOutbox } from "./deliver";
import { queueDigests } from "./digest";
import { mailSettings, smtpMailer } from "./mail";

export const TICK_MS = 15 * 60_000;
const FIRST_TICK_MS = 60_000;

/** Pure: whether the digest is due at `now`, given the last day it ran (YYYY-MM-DD, UTC). */
export function digestDue(now: Date, lastDay: string | null, hourUtc: number): boolean {
  const today = now.toISOString().slice(0, 10);
  return lastDay !== today && now.getUTCHours() >= hourUtc;
}

let started = false;

export function startNotificationSchedule(): void {
  const e = env();
  if (started || e.NOTIFY_IN_APP === "false") return;
  started = true;
  let lastDigest: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const db = await prisma();
      await notifyDeadlines(db, { days: e.NOTIFY_DEADLINE_DAYS });
      const settings = mailSettings(e);
      if (!settings) return;
      const now = new Date();
      if (digestDue(now, lastDigest, e.NOTIFY_DIGEST_HOUR)) {
        await queueDigests(db, { now });
        lastDigest = now.toISOString().slice(0, 10);
      }
      const mailer = smtpMailer(settings);
      try {
        await deliverOutbox(db, mailer);
      } finally {
        mailer.close();
      }
    } catch (error) {
      logUnexpected("notification schedule", error);
    } finally {
      busy = false;
    }
  };
  // Timers never keep a process alive (a build, a stopping server).
  setTimeout(() => void tick(), FIRST_TICK_MS).unref();
  setInterval(() => void tick(), TICK_MS).unref();
}
