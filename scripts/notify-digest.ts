// `npm run notify:digest`: once a day (cron), puts each person's unread notifications of the kinds they
// want in the daily digest into one e-mail, then delivers the outbox (retrying what failed earlier).
// Does nothing when SMTP is not configured. With the embedded database, run it while the app is stopped.
import { openDatabase, targetFromEnv } from "../lib/db/client";
import { queueDigests } from "../lib/notifications/digest";
import { mailEnabled } from "../lib/notifications/mail";
import { deliverNow } from "./notify-deliver";

if (!mailEnabled()) {
  console.log("E-mail is off (set SMTP_URL or SMTP_HOST and SMTP_FROM): no digest to send.");
  process.exit(0);
}
const db = await openDatabase(targetFromEnv());
try {
  const r = await queueDigests(db.prisma);
  console.log(`Digest: ${r.messages} e-mail(s) queued with ${r.notifications} notification(s).`);
  await deliverNow(db.prisma);
} finally {
  await db.close();
}
