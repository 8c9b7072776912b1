// Delivers the e-mail outbox, outside any transaction that wrote it: after each commit that queued
// messages (scheduleDelivery), and by the jobs (npm run notify:digest, notify:deadlines, notify:deliver).
// A message is claimed (so two app instances never send it twice), sent, then marked sent; when the
// server refuses or is down it stays in the outbox and is tried again later, with growing pauses, until
// MAX_ATTEMPTS, then it is marked failed (kept, with the last error, for an administrator to see).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logUnexpected } from "@/lib/security/unexpected";
import { mailSettings, smtpMailer, type Mailer } from "./mail";

export const MAX_ATTEMPTS = 6;
/** The pause after the 1st, 2nd, … failed attempt. */
export const RETRY_AFTER_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** How long a claimed message is left to its sender before another may try it. */
const LEASE_MS = 10 * 60_000;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

export async function deliverOutbox(
  db: PrismaClient,
  mailer: Mailer,
  o: { now?: Date; limit?: number } = {},
): Promise<DeliveryReport> {
  const now = o.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const due = await db.emailOutbox.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: o.limit ?? 200,
    select: { id: true, toAddress: true, subject: true, body: true, attempts: true, nextAttemptAt: true },
  });
  for (const m of due) {
    // Claim: only the sender whose update matched the row as read may send it.
    const claimed = await db.emailOutbox.updateMany({
      where: { id: m.id, status: "PENDING", nextAttemptAt: m.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    const attempts = m.attempts + 1;
    try {
      await mailer.send({ to: m.toAddress, subject: m.subject, text: m.body });
      await db.emailOutbox.update({
        where: { id: m.id },
        data: { status: "SENT", sentAt: new Date(), attempts, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const failed = attempts >= MAX_ATTEMPTS;
      const pause = RETRY_AFTER_MS[Math.min(attempts - 1, RETRY_AFTER_MS.length - 1)]!;
      await db.emailOutbox.update({
        where: { id: m.id },
        data: failed
          ? { status: "FAILED", attempts, lastError }
          : { attempts, lastError, nextAttemptAt: new Date(now.getTime() + pause) },
      });
      if (failed) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

let running: Promise<unknown> | null = null;
let again = false;

/** After a commit that may have queued e-mails: deliver in the background (no-op when e-mail is off). */
export function scheduleDelivery(): void {
  const settings = mailSettings(env());
  if (!settings) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    const mailer = smtpMailer(settings);
    try {
      do {
        again = false;
        await deliverOutbox(await prisma(), mailer);
      } while (again);
    } finally {
      mailer.close();
    }
  })()
    .catch((error) => logUnexpected("e-mail delivery", error))
    .finally(() => {
      running = null;
    });
}
