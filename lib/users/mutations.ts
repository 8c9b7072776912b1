// Writes about users and sign-in, each with its audit event in the same transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/policy";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import { SignInSchema, type NewUser } from "./schema";
import { afterFailure, isLocked, normaliseEmail } from "./throttle-policy";

export async function createUser(db: PrismaClient, input: NewUser, actor: Actor = SYSTEM_ACTOR): Promise<SessionUser> {
  const email = normaliseEmail(input.email);
  // Hash outside the transaction: on PGlite an open transaction blocks every other query.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, credential: { create: { passwordHash } } },
      select: { id: true, name: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "User",
      entityId: user.id,
      changes: {
        email: { from: null, to: email },
        name: { from: null, to: input.name },
        role: { from: null, to: input.role },
        active: { from: null, to: true },
      },
    });
    return user;
  });
}

export type SignInResult = { ok: true; user: SessionUser } | { ok: false };

/**
 * Checks credentials. Unknown email, wrong password, deactivated account and
 * locked email all give the same answer, in about the same time.
 */
export async function authenticate(db: PrismaClient, input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  const email = normaliseEmail(parsed.data.email);
  const [throttle, user] = await Promise.all([
    db.signInThrottle.findUnique({ where: { key: email } }),
    db.user.findUnique({
      where: { email },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        credential: { select: { passwordHash: true } },
      },
    }),
  ]);
  const locked = isLocked(throttle, now);
  const hash = user?.credential?.passwordHash ?? (await dummyHash());
  const passwordOk = await verifyPassword(parsed.data.password, hash);
  const ok = !locked && passwordOk && Boolean(user?.active) && Boolean(user?.credential);

  const actor: Actor = user ? { id: user.id, label: user.name } : { id: null, label: "Unknown user" };
  if (ok && user) {
    await db.$transaction(async (tx) => {
      await tx.signInThrottle.deleteMany({ where: { key: email } });
      await recordAudit(tx, {
        actor,
        action: "sign-in",
        entityType: "User",
        entityId: user.id,
        changes: { method: "password" },
      });
    });
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
  }
  const reason = locked ? "locked" : !user ? "unknown email" : !user.active ? "deactivated" : "wrong password";
  await db.$transaction(async (tx) => {
    const current = await tx.signInThrottle.findUnique({ where: { key: email } });
    // Attempts during a lock are not evaluated, so they do not extend it.
    const next = locked && current ? current : afterFailure(current, now);
    if (!locked)
      await tx.signInThrottle.upsert({ where: { key: email }, create: { key: email, ...next }, update: next });
    await recordAudit(tx, {
      actor,
      action: "sign-in-failed",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      changes: { email, failures: next.failures, lockedUntil: next.lockedUntil?.toISOString() ?? null },
      reason,
    });
  });
  return { ok: false };
}
