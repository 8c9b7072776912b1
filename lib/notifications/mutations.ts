// A person's own notifications: marking them read, and their e-mail choices. Not tracked data (no audit
// event): they concern only that person. Each acts on the signed-in person's rows only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import type { Outcome } from "@/lib/mutations/outcome";
import { NOTIFICATION_KINDS } from "./kinds";
import { visibleWhere, type Recipient } from "./policy";
import type { MarkRead, Preferences } from "./schema";

const mine = (actor: Actor) => actor.id ?? "(nobody)";

export async function markRead(db: PrismaClient, actor: Actor, input: MarkRead): Promise<Outcome<{ id: string }>> {
  const done = await db.notification.updateMany({
    where: { id: input.id, userId: mine(actor) },
    data: { readAt: new Date() },
  });
  // Another person's notification is reported as missing: nothing tells that it exists.
  return done.count === 1
    ? { kind: "ok", value: { id: input.id } }
    : { kind: "not-found", message: "This notification does not exist." };
}

export async function markAllRead(db: PrismaClient, actor: Actor): Promise<Outcome<{ count: number }>> {
  const done = await db.notification.updateMany({
    where: { userId: mine(actor), readAt: null },
    data: { readAt: new Date() },
  });
  return { kind: "ok", value: { count: done.count } };
}

export async function savePreferences(
  db: PrismaClient,
  actor: Actor,
  input: Preferences,
): Promise<Outcome<{ id: string }>> {
  const userId = mine(actor);
  await db.$transaction(
    NOTIFICATION_KINDS.map((kind) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, delivery: input[kind] },
        update: { delivery: input[kind] },
      }),
    ),
  );
  return { kind: "ok", value: { id: userId } };
}

/**
 * Opening a notification (its link in the list or in an e-mail): marks it read and says where it leads.
 * Null when it is not the person's own.
 */
export async function openNotification(user: Recipient, id: string): Promise<{ href: string } | null> {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const db = await prisma();
  const n = await db.notification.findFirst({
    where: { id, ...visibleWhere(user) },
    select: { id: true, recommendationId: true, readAt: true },
  });
  if (!n) return null;
  if (!n.readAt) await db.notification.update({ where: { id: n.id }, data: { readAt: new Date() } });
  return { href: n.recommendationId ? `/recommendations/${n.recommendationId}#discussion` : "/notifications" };
}
