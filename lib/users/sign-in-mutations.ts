// Sign-in with email and password, throttled in the database so that it holds across app instances.
// Order matters: an attempt is admitted and COUNTED (per client address, then per email) in one short
// transaction under row locks, and only then is the slow password hash computed, outside any transaction.
// So N parallel guesses cannot all be checked: after MAX_FAILURES the rest are refused without hashing.
// Failed attempts are counted in sign_in_throttles, not the audit chain; the chain gets one event when a lock
// starts, so anonymous traffic cannot flood it or queue editors behind the chain lock.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/policy";
import { currentRequestId, emailRef, log } from "@/lib/log";
import { logUnexpected } from "@/lib/security/unexpected";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./password";
import { SignInSchema } from "./schema";
import { normaliseEmail } from "./throttle-policy";
import { admitClient, admitEmail, clearEmail, PRUNE_CHANCE, pruneThrottles } from "./throttle-mutations";

/** sessionEpoch: the epoch a new session starts at; sessions with an older one have ended (session-policy.ts). */
export type SignInResult = { ok: true; user: SessionUser; sessionEpoch: number } | { ok: false };

export interface SignInContext {
  /** The client's address, when it can be trusted (see lib/users/client-address.ts); null: no per-address limit. */
  client?: string | null;
  now?: Date;
  /** The request's id for the log lines (lib/log.ts); looked up from the request when not given. */
  requestId?: string | null;
  /** Called each time a password hash is computed: lets tests count the checks. */
  onPasswordCheck?: () => void;
  /** The chance that this sign-in also prunes finished throttle rows (tests set 0 or 1). */
  pruneChance?: number;
}

/** One line per refused or accepted attempt: the email only as a fingerprint (lib/log.ts), never the password. */
async function logAttempt(
  level: "info" | "warn",
  event: string,
  email: string | null,
  fields: { requestId?: string | null } & Record<string, unknown> = {},
) {
  const requestId = fields.requestId ?? (await currentRequestId());
  log[level]({ event, emailRef: email ? emailRef(email) : null, ...fields, requestId }, event.replace(/[.-]/g, " "));
}

/** Admits one attempt, counting it before the password is checked. Locks: client row, then email row. */
function admit(
  db: PrismaClient,
  email: string,
  client: string | null,
  now: Date,
  requestId: string | null,
): Promise<boolean> {
  return db.$transaction(
    async (tx) => (await admitClient(tx, client, now, "", requestId)) && admitEmail(tx, email, now, "", requestId),
  );
}

/** Now and then, a bounded prune of the throttle table; it never makes a sign-in fail. */
async function maybePrune(db: PrismaClient, now: Date, chance: number) {
  if (Math.random() >= chance) return;
  try {
    await pruneThrottles(db, now);
  } catch (error) {
    logUnexpected("pruning sign-in throttles", error);
  }
}

/**
 * Checks credentials. Unknown email, wrong password, deactivated account and locked email or address all give
 * the same answer; the throttle applies whether or not the account exists, so it reveals nothing about emails.
 */
export async function authenticate(db: PrismaClient, input: unknown, ctx: SignInContext = {}): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) {
    await logAttempt("info", "sign-in.invalid", null, { requestId: ctx.requestId });
    return { ok: false };
  }
  const now = ctx.now ?? new Date();
  const email = normaliseEmail(parsed.data.email);
  await maybePrune(db, now, ctx.pruneChance ?? PRUNE_CHANCE);
  if (!(await admit(db, email, ctx.client ?? null, now, ctx.requestId ?? null))) {
    await logAttempt("warn", "sign-in.throttled", email, { client: ctx.client ?? null, requestId: ctx.requestId });
    return { ok: false };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      sessionEpoch: true,
      credential: { select: { passwordHash: true } },
    },
  });
  ctx.onPasswordCheck?.();
  const passwordOk = await verifyPassword(parsed.data.password, user?.credential?.passwordHash ?? (await dummyHash()));
  if (!passwordOk || !user?.active || !user.credential) {
    // Already counted as a failure. The reason stays out of the line too (it would tell which emails exist).
    await logAttempt("info", "sign-in.failed", email, { client: ctx.client ?? null, requestId: ctx.requestId });
    return { ok: false };
  }

  // Transparent upgrade of a hash made with weaker parameters, while we hold the password (slow: outside the tx).
  const stored = user.credential.passwordHash;
  const rehashed = needsRehash(stored) ? await hashPassword(parsed.data.password) : null;
  await db.$transaction(async (tx) => {
    await clearEmail(tx, email);
    if (rehashed)
      await tx.passwordCredential.updateMany({
        where: { userId: user.id, passwordHash: stored },
        data: { passwordHash: rehashed },
      });
    await recordAudit(tx, {
      actor: { id: user.id, label: user.name },
      action: "sign-in",
      entityType: "User",
      entityId: user.id,
      changes: { method: "password" },
    });
  });
  await logAttempt("info", "sign-in", null, { userId: user.id, requestId: ctx.requestId });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    sessionEpoch: user.sessionEpoch,
  };
}
