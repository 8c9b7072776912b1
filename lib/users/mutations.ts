// Writes about users and sign-in, each with its audit event in the same transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR, type Actor, type Tx } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/policy";
import type { SessionClaims } from "@/lib/auth/session-policy";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import type { ChangePassword, NewUser } from "./schema";
import { normaliseEmail } from "./throttle-policy";
import { checkMemberInstitution } from "./admin-mutations";
import { admitEmail, clearEmail } from "./throttle-mutations";

export const TOO_MANY_GUESSES = "Too many wrong passwords. Wait a quarter of an hour and try again.";

export async function createUser(db: PrismaClient, input: NewUser, actor: Actor = SYSTEM_ACTOR): Promise<SessionUser> {
  const email = normaliseEmail(input.email);
  // Hash outside the transaction: on PGlite an open transaction blocks every other query.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const institutionId = await checkMemberInstitution(tx, input.institutionId);
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, institutionId, credential: { create: { passwordHash } } },
      select: { id: true, name: true, email: true, role: true, institutionId: true },
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
        ...(institutionId ? { institutionId: { from: null, to: institutionId } } : {}),
        active: { from: null, to: true },
      },
    });
    return user;
  });
}

export { authenticate, type SignInResult } from "./sign-in-mutations";

/**
 * Sign-out ends every session of the user (this cookie and any copy of it, on any device): the epoch is bumped
 * only if the token still carries the current one, so replaying an old token's sign-out does nothing.
 */
export async function signOutEverywhere(db: PrismaClient, claims: SessionClaims): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const bumped = await tx.user.updateManyAndReturn({
      where: { id: claims.uid, sessionEpoch: claims.epoch },
      data: { sessionEpoch: { increment: 1 } },
      select: { id: true, name: true },
    });
    const user = bumped[0];
    if (!user) return false;
    await recordAudit(tx, {
      actor: { id: user.id, label: user.name },
      action: "sign-out",
      entityType: "User",
      entityId: user.id,
      changes: {},
    });
    return true;
  });
}

/**
 * Changes one's own password after checking the current one. Every session of the user ends, this one included:
 * the page then sends them to sign in again with the new password.
 */
export async function changeOwnPassword(db: PrismaClient, actor: Actor, input: ChangePassword): Promise<Outcome> {
  const invalid = (field: string, message: string): Outcome => ({
    kind: "invalid",
    fieldErrors: { [field]: [message] },
  });
  if (!actor.id) return { kind: "not-found", message: "Sign in to change your password." };
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, active: true, credential: { select: { passwordHash: true } } },
  });
  if (!user?.active || !user.credential)
    return { kind: "not-found", message: "This account has no password to change (it signs in another way)." };
  // The same per-account counter as sign-in (counted BEFORE the check, so parallel guesses cannot all be
  // checked): a stolen session cannot guess the password faster here than at the sign-in form.
  const admitted = await db.$transaction((tx) =>
    admitEmail(tx, user.email, new Date(), " (on the change-password form)"),
  );
  if (!admitted) return invalid("current", TOO_MANY_GUESSES);
  if (!(await verifyPassword(input.current, user.credential.passwordHash)))
    return invalid("current", "This is not your current password");
  await db.$transaction((tx) => clearEmail(tx, user.email));
  if (input.password === input.current) return invalid("password", "Choose a password different from the current one");
  const problem = passwordProblem(input.password, user.email);
  if (problem) return invalid("password", problem);
  const passwordHash = await hashPassword(input.password); // outside the transaction (slow)
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      // Conditional on the hash we checked: a concurrent change makes this one fail instead of overwriting it.
      const changed = await tx.passwordCredential.updateMany({
        where: { userId: user.id, passwordHash: user.credential!.passwordHash },
        data: { passwordHash },
      });
      if (changed.count === 0)
        throw new Abort({ kind: "invalid", fieldErrors: { current: ["This is not your current password"] } });
      await endAllSessions(tx, user.id);
      await recordAudit(tx, { actor, action: "password-change", entityType: "User", entityId: user.id, changes: {} });
      return { id: user.id };
    }),
  );
}

/** Ends every session of a user at once (their tokens carry an older epoch from now on). */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 } } });
}
