import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/policy";
import { findInvite } from "./admin-mutations";

/** The user behind a session, or null if unknown or deactivated (checked on every request). */
export async function findActiveUser(id: string): Promise<SessionUser | null> {
  const db = await prisma();
  const u = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!u || !u.active) return null;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
}

export async function findActiveUserByEmail(email: string): Promise<SessionUser | null> {
  const db = await prisma();
  const u = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, active: true },
  });
  return u?.active ? findActiveUser(u.id) : null;
}

export async function listUsers() {
  const db = await prisma();
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** The invitation behind a link, if it is still usable (unused, not expired). */
export async function getInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return null;
  return findInvite(await prisma(), token);
}
