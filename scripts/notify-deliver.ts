// `npm run notify:deliver`: sends the e-mails waiting in the outbox (those that failed earlier once their
// retry time has come). The app also delivers after every change that queues one; run this from cron
// (e.g. every 10 minutes) so retries do not wait for the next change.
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { env } from "../lib/env";
import { deliverOutbox } from "../lib/notifications/deliver";
import { mailSettings, smtpMailer } from "../lib/notifications/mail";

export async function deliverNow(db: PrismaClient): Promise<void> {
  const settings = mailSettings(env());
  if (!settings) return;
  const mailer = smtpMailer(settings);
  try {
    const r = await deliverOutbox(db, mailer);
    console.log(`E-mail: ${r.sent} sent, ${r.retrying} to retry later, ${r.failed} failed for good.`);
  } finally {
    mailer.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!mailSettings(env())) {
    console.log("E-mail is off (set SMTP_URL or SMTP_HOST and SMTP_FROM): nothing to deliver.");
  } else {
    const db = await openDatabase(targetFromEnv());
    try {
      await deliverNow(db.prisma);
    } finally {
      await db.close();
    }
  }
}
