// The daily digest (npm run notify:digest, once a day from cron): for each person, one e-mail with their
// unread notifications of the kinds they want in the digest that no e-mail has carried yet. Written to
// the outbox in one transaction (under a lock, so two runs at once never put a notification in two
// digests), then delivered like every e-mail. Running it twice a day sends only what is new.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { asLocale } from "@/lib/i18n/locales";
import { deliveryOf, KIND } from "./kinds";
import { digestMail, mailEnabled } from "./mail";
import { mayStillSee } from "./policy";

const DIGEST_LOCK = 727_011;

export async function queueDigests(
  db: PrismaClient,
  o: { now?: Date; email?: boolean } = {},
): Promise<{ messages: number; notifications: number }> {
  if (!(o.email ?? mailEnabled())) return { messages: 0, notifications: 0 };
  const now = o.now ?? new Date();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIGEST_LOCK})`;
    const pending = await tx.notification.findMany({
      where: { emailedAt: null, readAt: null, user: { active: true } },
      orderBy: [{ userId: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        kind: true,
        text: true,
        recommendation: { select: { institutions: { select: { institutionId: true } } } },
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            locale: true,
            role: true,
            institutionId: true,
            notificationPreferences: { select: { kind: true, delivery: true } },
          },
        },
      },
    });
    const byUser = new Map<string, typeof pending>();
    for (const n of pending) {
      if (deliveryOf(n.user.notificationPreferences, n.kind) !== "DIGEST") continue;
      // What the person may no longer see (a mention once their institution is unassigned) is not e-mailed.
      const assignedInstitutionIds = n.recommendation?.institutions.map((i) => i.institutionId) ?? [];
      if (!mayStillSee(n.user, { kind: n.kind, assignedInstitutionIds })) continue;
      byUser.set(n.user.id, [...(byUser.get(n.user.id) ?? []), n]);
    }
    let notifications = 0;
    for (const items of byUser.values()) {
      const user = items[0]!.user;
      const mail = digestMail(
        user.name,
        items.map((i) => ({ id: i.id, text: i.text, label: KIND[i.kind].subject })),
        undefined,
        asLocale(user.locale),
      );
      await tx.emailOutbox.create({
        data: { userId: user.id, toAddress: user.email, subject: mail.subject, body: mail.text },
      });
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailedAt: now } });
      notifications += items.length;
    }
    return { messages: byUser.size, notifications };
  });
}
