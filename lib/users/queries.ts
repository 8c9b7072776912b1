import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/policy";
import { judgeSession, type SessionClaims } from "@/lib/auth/session-policy";
import { currentRequestId, log } from "@/lib/log";
import { findInvite } from "./admin-mutations";
import { lookUpPasswordReset } from "./password-resets";

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
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      institutionId: true,
      active: true,
      sessionEpoch: true,
      locale: true,
    },
  });
  const verdict = judgeSession(claims, u, now);
  if (verdict !== "valid" || !u) {
    // An ended session still presented (a copy of a signed-out cookie, say): worth seeing in the logs.
    log.info(
      { event: "session.ended", verdict, userId: claims.uid, requestId: await currentRequestId() },
      "ended session refused",
    );
    return null;
  }
  return { id: u.id, name: u.name, email: u.email, role: u.role, institutionId: u.institutionId, locale: u.locale };
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
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      credential: { select: { userId: true } },
      institution: { select: { id: true, name: true } },
    },
  });
  // Whether the account has a password, never the credential itself.
  return users.map(({ credential, ...u }) => ({ ...u, hasPassword: credential !== null }));
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** The invitation behind a link, if it is still usable (unused, not expired). */
export async function getInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return null;
  return findInvite(await prisma(), token);
}

/** Invitations that can still be accepted, for the admin users page (never their token or its hash). */
export async function listPendingInvites(now = new Date(), db?: PrismaClient) {
  const client = db ?? (await prisma());
  return client.invite.findMany({
    where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      createdBy: { select: { name: true } },
    },
  });
}
export type PendingInvite = Awaited<ReturnType<typeof listPendingInvites>>[number];

/** Password reset links that can still be used, for the admin users page. */
export async function listPendingResets(now = new Date(), db?: PrismaClient) {
  const client = db ?? (await prisma());
  return client.passwordReset.findMany({
    where: { usedAt: null, voidedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      user: { select: { name: true, email: true } },
      createdBy: { select: { name: true } },
    },
  });
}
export type PendingReset = Awaited<ReturnType<typeof listPendingResets>>[number];

/** Whether a reset link can be used (counted against the client's sign-in limit: see password-resets.ts). */
export async function checkResetLink(token: string, client: string | null) {
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(token)) return { kind: "invalid" as const };
  return lookUpPasswordReset(await prisma(), token, { client });
}
