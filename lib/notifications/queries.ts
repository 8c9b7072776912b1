import "server-only";
import { prisma } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { requestLocaleOrEnglish } from "@/lib/i18n/server-messages-locale";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { mailEnabled } from "./mail";
import { visibleWhere, type Recipient } from "./policy";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type EmailDelivery, type NotificationKind } from "./kinds";

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** For the bell in the header. */
export async function unreadCount(user: Recipient): Promise<number> {
  return (await prisma()).notification.count({ where: { ...visibleWhere(user), readAt: null } });
}

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  text: string;
  createdAt: Date;
  read: boolean;
  recommendation: { label: string; year: number } | null;
}

/** The reader's language: their own setting, else the request's; English outside a request (jobs, tests). */
async function readerLocale(user: Recipient & { locale?: string | null }): Promise<Locale> {
  if (isLocale(user.locale)) return user.locale;
  return requestLocaleOrEnglish();
}

/**
 * One page of a person's notifications, newest first; `before` is the last one seen. The texts are stored in
 * English (the message id) and shown in the page's language: the reader's own setting when they have one.
 */
export async function listNotifications(
  user: Recipient & { locale?: string | null },
  page: number,
): Promise<{ items: NotificationItem[]; unread: number; pages: number }> {
  const db = await prisma();
  const locale = await readerLocale(user);
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where: visibleWhere(user),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        text: true,
        createdAt: true,
        readAt: true,
        recommendation: { select: { label: true, cycle: { select: { year: true } } } },
      },
    }),
    db.notification.count({ where: visibleWhere(user) }),
    db.notification.count({ where: { ...visibleWhere(user), readAt: null } }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: translateServerMessage(r.text, locale),
      createdAt: r.createdAt,
      read: r.readAt !== null,
      recommendation: r.recommendation ? { label: r.recommendation.label, year: r.recommendation.cycle.year } : null,
    })),
    unread,
    pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)),
  };
}

/** A person's e-mail choice for every kind (defaults where none is saved), and whether e-mail is on. */
export async function preferencesOf(
  userId: string,
): Promise<{ emailOn: boolean; choices: { kind: NotificationKind; delivery: EmailDelivery }[] }> {
  const saved = await (await prisma()).notificationPreference.findMany({ where: { userId } });
  return {
    emailOn: mailEnabled(),
    choices: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: saved.find((s) => s.kind === kind)?.delivery ?? DEFAULT_DELIVERY[kind],
    })),
  };
}

export interface OutboxSummary {
  emailOn: boolean;
  counts: { pending: number; sent: number; failed: number };
  /** Messages not sent (yet), failed first, newest first. */
  unsent: {
    id: string;
    to: string;
    subject: string;
    status: "PENDING" | "FAILED";
    attempts: number;
    lastError: string | null;
    nextAttemptAt: Date;
    createdAt: Date;
  }[];
}

/** For administrators: what the e-mail outbox holds, and what could not be sent. */
export async function outboxSummary(limit = 50): Promise<OutboxSummary> {
  const db = await prisma();
  const [groups, unsent] = await Promise.all([
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
    db.emailOutbox.findMany({
      where: { status: { in: ["PENDING", "FAILED"] } },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: limit,
    }),
  ]);
  const count = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  return {
    emailOn: mailEnabled(),
    counts: { pending: count("PENDING"), sent: count("SENT"), failed: count("FAILED") },
    unsent: unsent.map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      status: m.status as "PENDING" | "FAILED",
      attempts: m.attempts,
      lastError: m.lastError,
      nextAttemptAt: m.nextAttemptAt,
      createdAt: m.createdAt,
    })),
  };
}
