// User administration: roles, deactivation, one-time invitations. Every change
// is a security event in the audit history, and the last active admin can be
// neither demoted nor deactivated. A role change or deactivation also ends the
// user's sessions (session epoch bumped), so they sign in again with the new rights (checked under a lock, so two admins acting
// at once cannot both succeed).
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import type { AcceptInvite, ChangeRole, Invite, RevokeInvite, SetActive } from "./schema";
import { normaliseEmail } from "./throttle-policy";

const ADMIN_GUARD_LOCK = 727_003;
export const INVITE_DAYS = 7;

async function guardLastAdmin(tx: Tx, userId: string, staysAdmin: boolean) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`;
  if (staysAdmin) return;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0)
    throw new Abort({
      kind: "invalid",
      fieldErrors: { form: ["This is the last active administrator: make someone else an administrator first."] },
    });
}

/** An institution a user can be made a member of: one in the list, still active. */
export async function checkMemberInstitution(tx: Tx, institutionId: string | null | undefined) {
  if (!institutionId) return null;
  const inst = await tx.institution.findUnique({ where: { id: institutionId }, select: { active: true } });
  if (!inst?.active)
    throw new Abort({ kind: "invalid", fieldErrors: { institutionId: ["Choose an institution from the list"] } });
  return institutionId;
}

async function loadUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, role: true, institutionId: true, active: true, email: true },
  });
  if (!user) throw new Abort({ kind: "not-found", message: "This user does not exist." });
  return user;
}

export async function changeRole(db: PrismaClient, actor: Actor, input: ChangeRole): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await loadUser(tx, input.userId);
      const institutionId = await checkMemberInstitution(tx, input.institutionId);
      if (user.role === input.role && user.institutionId === institutionId) return { id: user.id };
      await guardLastAdmin(tx, user.id, !(user.role === "ADMIN" && user.active));
      await tx.user.update({
        where: { id: user.id },
        data: { role: input.role, institutionId, sessionEpoch: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor,
        action: "role-change",
        entityType: "User",
        entityId: user.id,
        // The role and the institution the user belongs to are granted together (a contributor's rights depend on both).
        changes: {
          ...(user.role !== input.role ? { role: { from: user.role, to: input.role } } : {}),
          ...(user.institutionId !== institutionId
            ? { institutionId: { from: user.institutionId, to: institutionId } }
            : {}),
        },
        reason: input.reason || null,
      });
      return { id: user.id };
    }),
  );
}

export async function setActive(db: PrismaClient, actor: Actor, input: SetActive): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await loadUser(tx, input.userId);
      if (user.active === input.active) return { id: user.id };
      await guardLastAdmin(tx, user.id, input.active || user.role !== "ADMIN");
      await tx.user.update({ where: { id: user.id }, data: { active: input.active, sessionEpoch: { increment: 1 } } });
      await recordAudit(tx, {
        actor,
        action: input.active ? "reactivate" : "deactivate",
        entityType: "User",
        entityId: user.id,
        changes: { active: { from: user.active, to: input.active } },
        reason: input.reason,
      });
      return { id: user.id };
    }),
  );
}

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a one-time invitation; returns the token (shown once, stored only hashed). */
export async function createInvite(
  db: PrismaClient,
  actor: Actor,
  input: Invite,
  now = new Date(),
): Promise<Outcome<{ id: string; token: string; expiresAt: Date }>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const email = normaliseEmail(input.email);
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new Abort({ kind: "invalid", fieldErrors: { email: ["A user with this email already exists"] } });
      }
      const institutionId = await checkMemberInstitution(tx, input.institutionId);
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
      const invite = await tx.invite.create({
        data: { tokenHash: tokenHash(token), email, role: input.role, institutionId, expiresAt, createdById: actor.id },
      });
      await recordAudit(tx, {
        actor,
        action: "invite",
        entityType: "Invite",
        entityId: invite.id,
        changes: {
          email: { from: null, to: email },
          role: { from: null, to: input.role },
          ...(institutionId ? { institutionId: { from: null, to: institutionId } } : {}),
          expiresAt: { from: null, to: expiresAt.toISOString() },
        },
      });
      return { id: invite.id, token, expiresAt };
    }),
  );
}

export async function findInvite(db: PrismaClient, token: string, now = new Date()) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      institution: { select: { name: true } },
    },
  });
  return invite && !invite.usedAt && !invite.revokedAt && invite.expiresAt > now
    ? { email: invite.email, role: invite.role, institution: invite.institution?.name ?? null }
    : null;
}

export async function acceptInvite(db: PrismaClient, input: AcceptInvite, now = new Date()): Promise<Outcome> {
  const passwordHash = await hashPassword(input.password); // outside the transaction (slow)
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      // Marking it used first, conditionally, makes the link single-use even under races.
      const used = await tx.invite.updateManyAndReturn({
        where: { tokenHash: tokenHash(input.token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const invite = used[0];
      if (!invite)
        throw new Abort({
          kind: "invalid",
          fieldErrors: {
            token: ["This invitation link is no longer valid. Ask an administrator for a new one."],
          },
        });
      if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
        throw new Abort({ kind: "invalid", fieldErrors: { token: ["An account with this email already exists."] } });
      }
      // The schema checked everything but the email, known only from the invitation (rolls back "used").
      const problem = passwordProblem(input.password, invite.email);
      if (problem) throw new Abort({ kind: "invalid", fieldErrors: { password: [problem] } });
      const user = await tx.user.create({
        data: {
          email: invite.email,
          name: input.name,
          role: invite.role,
          institutionId: invite.institutionId,
          credential: { create: { passwordHash } },
        },
      });
      await recordAudit(tx, {
        actor: { id: user.id, label: user.name },
        action: "create",
        entityType: "User",
        entityId: user.id,
        changes: {
          email: { from: null, to: user.email },
          name: { from: null, to: user.name },
          role: { from: null, to: user.role },
          ...(user.institutionId ? { institutionId: { from: null, to: user.institutionId } } : {}),
          active: { from: null, to: true },
        },
        reason: `Accepted invitation ${invite.id}`,
      });
      return { id: user.id };
    }),
  );
}

/** Revokes a pending invitation: its link stops working at once. */
export async function revokeInvite(
  db: PrismaClient,
  actor: Actor,
  input: RevokeInvite,
  now = new Date(),
): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const done = await tx.invite.updateManyAndReturn({
        where: { id: input.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { revokedAt: now },
        select: { id: true },
      });
      if (!done[0])
        throw new Abort({ kind: "not-found", message: "This invitation was already used, revoked, or has expired." });
      await recordAudit(tx, {
        actor,
        action: "revoke",
        entityType: "Invite",
        entityId: input.id,
        changes: { revokedAt: { from: null, to: now.toISOString() } },
      });
      return { id: input.id };
    }),
  );
}
