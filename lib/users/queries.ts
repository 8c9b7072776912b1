import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/policy";
import { judgeSession, type SessionClaims } from "@/lib/auth/session-policy";
import { findInvite } from "./admin-mutations";

/** The user behind a session, or null if unknown or deactivated (checked on every request). */
export async function findActiveUser(id: string): Promise<SessionUser | null> {
  const db = await prisma();
  const u = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, institutionId: true, active: true },
  });
  if (!u || !u.active) return null;
  return { id: u.id, name: u.name, email: u.email, role: u.role, institutionId: u.institutionId };
}

/**
 * The user behind a session token, or null when the session has ended: user unknown or deactivated, past the
 * absolute limit, or revoked (epoch bumped). Read from the database on every request, so every instance agrees.
 */
export async function findSessionUser(
  claims: SessionClaims,
  now = new Date(),
  db?: PrismaClient,
): Promise<SessionUser | null> {
  const client = db ?? (await prisma());
  const u = await client.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, name: true, email: true, role: true, institutionId: true, active: true, sessionEpoch: true },
  });
  if (judgeSession(claims, u, now) !== "valid" || !u) return null;
  return { id: u.id, name: u.name, email: u.email, role: u.role, institutionId: u.institutionId };
}

/** An active account by email, with the epoch a new session starts at (OpenID Connect sign-in). */
export async function findActiveUserByEmail(email: string): Promise<(SessionUser & { sessionEpoch: number }) | null> {
  const db = await prisma();
  const u = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, role: true, active: true, sessionEpoch: true },
  });
  return u?.active ? { id: u.id, name: u.name, email: u.email, role: u.role, sessionEpoch: u.sessionEpoch } : null;
}

export async function listUsers() {
  const db = await prisma();
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      institution: { select: { id: true, name: true } },
    },
  });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** The invitation behind a link, if it is still usable (unused, not expired). */
export async function getInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return null;
  return findInvite(await prisma(), token);
}
