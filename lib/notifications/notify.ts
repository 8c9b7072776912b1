// The one way to tell people something: `notify(tx, …)` inside the transaction of the change it reports,
// so a notification exists exactly when the change does. It writes the in-app notifications and, for
// people who want this kind by e-mail at once (and when e-mail is configured), the outbox messages;
// nothing is sent here (lib/notifications/deliver.ts sends after commit).
//
// For other parts of the tracker (assignments, returned drafts):
//   await notify(tx, { userIds: [ownerId], kind: "ASSIGNMENT", recommendationId, text: "…" });
// `text` is one sentence a person reads ("Eve Editor assigned you 2011 · recommendation 3(a)."); the
// actor is never notified of their own change (pass `exceptUserId`); deactivated users are skipped.
// `dedupeKey` makes it once-only per person (a job that runs again notifies nobody twice).
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/audit/record";
import { deliveryOf, KIND, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { asLocale } from "@/lib/i18n/locales";
import { eventMail, mailEnabled } from "./mail";

export const NotifySchema = z.object({
  userIds: z.array(z.string().min(1)).max(10_000),
  kind: z.enum(NOTIFICATION_KINDS),
  recommendationId: z.string().min(1).nullish(),
  text: z.string().trim().min(1).max(2000),
  dedupeKey: z.string().min(1).max(300).nullish(),
  exceptUserId: z.string().nullish(),
});
export type NotifyInput = z.input<typeof NotifySchema>;

export interface NotifyOptions {
  /** Write outbox e-mails (default: when SMTP is configured). */
  email?: boolean;
}

// Ids like the others (cuid-shaped: lower-case letters and digits), made here because rows are inserted
// with ON CONFLICT DO NOTHING (the once-only rule), which Prisma's create cannot express.
const newId = () => `n${randomBytes(12).toString("hex")}`;

/** Writes the notifications (and at-once e-mails); returns the ids of those created. */
export async function notify(tx: Tx, input: NotifyInput, options: NotifyOptions = {}): Promise<string[]> {
  const n = NotifySchema.parse(input);
  const ids = [...new Set(n.userIds)].filter((id) => id !== n.exceptUserId);
  if (ids.length === 0) return [];
  const email = options.email ?? mailEnabled();
  const users = await tx.user.findMany({
    where: { id: { in: ids }, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      notificationPreferences: { select: { kind: true, delivery: true } },
    },
    orderBy: { id: "asc" },
  });
  const created: string[] = [];
  for (const u of users) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO notifications (id, user_id, kind, recommendation_id, text, dedupe_key)
      VALUES (${newId()}, ${u.id}, CAST(${n.kind} AS "NotificationKind"), ${n.recommendationId ?? null}, ${n.text},
              ${n.dedupeKey ?? null})
      ON CONFLICT (user_id, dedupe_key) DO NOTHING
      RETURNING id`;
    const id = rows[0]?.id;
    if (!id) continue;
    created.push(id);
    if (email && deliveryOf(u.notificationPreferences, n.kind as NotificationKind) === "IMMEDIATE") {
      // In the recipient's language (their setting, else English): the notification is stored in English.
      const locale = asLocale(u.locale);
      const mail = eventMail(
        { id, text: n.text, subject: KIND[n.kind].subject, recipientName: u.name },
        undefined,
        locale,
      );
      await tx.emailOutbox.create({
        data: { userId: u.id, toAddress: u.email, subject: mail.subject, body: mail.text },
      });
      await tx.notification.update({ where: { id }, data: { emailedAt: new Date() } });
    }
  }
  return created;
}
