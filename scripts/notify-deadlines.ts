// `npm run notify:deadlines [-- --days 7]`: notifies the people responsible for follow-up entries whose
// target date is within N days (default NOTIFY_DEADLINE_DAYS, 7) or has passed; once per entry, kind and target date, so it can
// run daily (cron) or more often. Then sends the e-mails it queued (when SMTP is configured).
// With the embedded database, run it while the app is stopped (one process at a time); with PostgreSQL, any time.
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { env } from "../lib/env";
import { notifyDeadlines } from "../lib/notifications/deadlines";
import { deliverNow } from "./notify-deliver";

const i = process.argv.indexOf("--days");
const days = i > 0 ? Number(process.argv[i + 1]) : env().NOTIFY_DEADLINE_DAYS;
if (!Number.isInteger(days) || days < 0 || days > 365) {
  console.error("--days takes a whole number of days between 0 and 365");
  process.exit(2);
}

const db = await openDatabase(targetFromEnv());
try {
  const r = await notifyDeadlines(db.prisma, { days });
  console.log(`Deadlines: ${r.approaching} approaching (within ${days} days) and ${r.passed} passed notified.`);
  await deliverNow(db.prisma);
} finally {
  await db.close();
}
