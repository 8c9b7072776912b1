// One-time password reset links, issued by an administrator for a password account (the tracker sends no
// email: the admin sees the link once and passes it on, like an invitation). Only a SHA-256 of the token is
// stored. A link expires after RESET_HOURS, works once, and issuing a new one voids the pending one. Using it
// sets a new password under the policy and ends every session of the user. Every step is an audit event on
// the user; the token and its hash never appear in one.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { endAllSessions } from "./mutations";
import type { IssueReset, ResetPassword, VoidReset } from "./schema";
import { admitClient, clearEmail } from "./throttle-mutations";

export const RESET_HOURS = 24;
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The one answer for a link that is unknown, expired, used, voided, or whose account can no longer use it. */
export const RESET_LINK_INVALID = "This link is no longer valid. Ask an administrator for a new one.";
export const RESET_TOO_MANY = "Too many attempts from your network. Wait a quarter of an hour and try again.";

const pending = (now: Date) => ({ usedAt: null, voidedAt: null, expiresAt: { gt: now } });

async function voidPending(tx: Tx, actor: Actor, userId: string, now: Date, reason: string) {
  const voided = await tx.passwordReset.updateManyAndReturn({
    where: { userId, ...pending(now) },
    data: { voidedAt: now },
    select: { id: true },
  });
  for (const _ of voided)
    await recordAudit(tx, {
      actor,
      action: "password-reset-void",
      entityType: "User",
      entityId: userId,
      changes: {},
      reason,
    });
}

/** Issues a link for an active password account; returns the token (shown once, stored only hashed). */
export async function issuePasswordReset(
  db: PrismaClient,
  actor: Actor,
  input: IssueReset,
  now = new Date(),
): Promise<Outcome<{ token: string; expiresAt: Date; name: string }>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, name: true, active: true, credential: { select: { userId: true } } },
      });
      if (!user) throw new Abort({ kind: "not-found", message: "This user does not exist." });
      const refuse = (message: string) => new Abort({ kind: "invalid", fieldErrors: { form: [message] } });
      if (!user.active) throw refuse("This account is deactivated: reactivate it first.");
      if (!user.credential) throw refuse("This account signs in another way and has no password to reset.");
      await voidPending(tx, actor, user.id, now, "replaced by a new link");
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + RESET_HOURS * 3_600_000);
      await tx.passwordReset.create({
        data: { userId: user.id, tokenHash: tokenHash(token), expiresAt, createdById: actor.id },
      });
      await recordAudit(tx, {
        actor,
        action: "password-reset-issue",
        entityType: "User",
        entityId: user.id,
        changes: { expiresAt: expiresAt.toISOString() },
      });
      return { token, expiresAt, name: user.name };
    }),
  );
}

/** Voids one pending link (an administrator's decision). */
export async function voidPasswordReset(
  db: PrismaClient,
  actor: Actor,
  input: VoidReset,
  now = new Date(),
): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const done = await tx.passwordReset.updateManyAndReturn({
        where: { id: input.id, ...pending(now) },
        data: { voidedAt: now },
        select: { id: true, userId: true },
      });
      const reset = done[0];
      if (!reset)
        throw new Abort({ kind: "not-found", message: "This link was already used, voided, or has expired." });
      await recordAudit(tx, {
        actor,
        action: "password-reset-void",
        entityType: "User",
        entityId: reset.userId,
        changes: {},
        reason: "voided by an administrator",
      });
      return { id: reset.id };
    }),
  );
}

async function usableReset(db: PrismaClient | Tx, token: string, now: Date) {
  const reset = await db.passwordReset.findFirst({
    where: { tokenHash: tokenHash(token), ...pending(now) },
    select: {
      id: true,
      user: { select: { id: true, name: true, email: true, active: true, credential: { select: { userId: true } } } },
    },
  });
  return reset?.user.active && reset.user.credential ? { id: reset.id, user: reset.user } : null;
}

export interface ResetContext {
  /** The client's address when trusted (lib/users/client-address.ts): attempts count against sign-in's limit. */
  client?: string | null;
  now?: Date;
}

/**
 * What the reset page shows for a link: the account's email (for password managers), "invalid" for every
 * kind of unusable link alike, or "throttled". Each look-up counts against the client's sign-in limit.
 */
export async function lookUpPasswordReset(
  db: PrismaClient,
  token: string,
  ctx: ResetContext = {},
): Promise<{ kind: "ok"; email: string; name: string } | { kind: "invalid" | "throttled" }> {
  const now = ctx.now ?? new Date();
  const admitted = await db.$transaction((tx) => admitClient(tx, ctx.client ?? null, now, " (password reset)"));
  if (!admitted) return { kind: "throttled" };
  const reset = await usableReset(db, token, now);
  return reset ? { kind: "ok", email: reset.user.email, name: reset.user.name } : { kind: "invalid" };
}

/** Sets a new password with a link, once; ends every session of the user. */
export async function resetPassword(db: PrismaClient, input: ResetPassword, ctx: ResetContext = {}): Promise<Outcome> {
  const now = ctx.now ?? new Date();
  const fail = (field: string, message: string): Outcome => ({ kind: "invalid", fieldErrors: { [field]: [message] } });
  const admitted = await db.$transaction((tx) => admitClient(tx, ctx.client ?? null, now, " (password reset)"));
  if (!admitted) return fail("form", RESET_TOO_MANY);
  const reset = await usableReset(db, input.token, now);
  if (!reset) return fail("token", RESET_LINK_INVALID);
  const problem = passwordProblem(input.password, reset.user.email);
  if (problem) return fail("password", problem);
  const passwordHash = await hashPassword(input.password); // outside the transaction (slow)
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      // Marking it used first, conditionally, makes the link single-use even when two tabs submit at once.
      const used = await tx.passwordReset.updateMany({
        where: { id: reset.id, ...pending(now), user: { active: true } },
        data: { usedAt: now },
      });
      if (used.count === 0) throw new Abort({ kind: "invalid", fieldErrors: { token: [RESET_LINK_INVALID] } });
      const user = reset.user;
      await tx.passwordCredential.update({ where: { userId: user.id }, data: { passwordHash } });
      await endAllSessions(tx, user.id);
      // The administrator vouched for this person: a sign-in lock from earlier guesses no longer applies.
      await clearEmail(tx, user.email);
      await recordAudit(tx, {
        actor: { id: user.id, label: user.name },
        action: "password-reset-use",
        entityType: "User",
        entityId: user.id,
        changes: {},
      });
      return { id: user.id };
    }),
  );
}
