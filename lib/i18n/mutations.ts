// The signed-in user's language. A display preference of their own, like notification preferences
// (lib/notifications/mutations.ts): not a change to the record, so not in the audit log (decision 016).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "./locales";

export async function saveUserLocale(userId: string, locale: Locale, db?: PrismaClient): Promise<void> {
  const client = db ?? (await prisma());
  await client.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
