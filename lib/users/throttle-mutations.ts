// The throttle table (sign_in_throttles) as used by every guessable secret: sign-in, the change-password form,
// password reset links and OpenID Connect refusals. The rules are pure, in throttle-policy.ts; this file
// locks rows, applies the rules, reports locks to the audit log, and prunes rows whose windows are over.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { currentRequestId, emailRef, log } from "@/lib/log";
import {
  clientAttempt,
  CLIENT_KEY_PREFIX,
  CLIENT_WINDOW_MS,
  emailAttempt,
  WINDOW_MS,
  type Admission,
  type ThrottleState,
} from "./throttle-policy";

const UNKNOWN: Actor = { id: null, label: "Unknown user" };

/**
 * Locks the throttle row of `key` (creating it) until the transaction ends, and returns its state. The upsert
 * takes the row lock itself, so a concurrent prune (which skips locked rows) cannot delete it in between.
 */
export async function lockRow(tx: Tx, key: string): Promise<ThrottleState> {
  await tx.$executeRaw`INSERT INTO sign_in_throttles (key, failures, updated_at) VALUES (${key}, 0, now())
                       ON CONFLICT (key) DO UPDATE SET failures = sign_in_throttles.failures`;
  await tx.$queryRaw`SELECT 1 FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
  return tx.signInThrottle.findUniqueOrThrow({
    where: { key },
    select: { failures: true, lockedUntil: true, lastFailureAt: true },
  });
}

export async function apply(tx: Tx, key: string, a: Admission) {
  await tx.signInThrottle.update({ where: { key }, data: a.next });
}

/** One audit event when a lock starts (never one per attempt). `where` says which form was guessed at. */
export async function reportLock(
  tx: Tx,
  changes: { email?: string; client?: string },
  state: ThrottleState,
  where = "",
  requestId: string | null = null,
) {
  log.warn(
    {
      event: changes.email ? "sign-in.email-locked" : "sign-in.address-locked",
      emailRef: changes.email ? emailRef(changes.email) : null,
      client: changes.client ?? null,
      failures: state.failures,
      where: where || null,
      requestId: requestId ?? (await currentRequestId()),
    },
    changes.email ? "email locked" : "address locked",
  );
  const user = changes.email
    ? await tx.user.findUnique({ where: { email: changes.email }, select: { id: true, name: true } })
    : null;
  await recordAudit(tx, {
    actor: user ? { id: user.id, label: user.name } : UNKNOWN,
    action: "sign-in-failed",
    entityType: "User",
    entityId: user?.id ?? "unknown",
    changes: { ...changes, failures: state.failures, lockedUntil: state.lockedUntil?.toISOString() ?? null },
    reason: changes.email
      ? `locked after ${state.failures} failed attempts${where}${user ? "" : " (no account with this email)"}`
      : `too many attempts from one address${where}`,
  });
}

/** Counts one attempt from a client address (when known) in an open transaction; false: over the limit. */
export async function admitClient(
  tx: Tx,
  client: string | null,
  now: Date,
  where = "",
  requestId: string | null = null,
): Promise<boolean> {
  if (!client) return true;
  const key = CLIENT_KEY_PREFIX + client;
  const a = clientAttempt(await lockRow(tx, key), now);
  if (a.allowed || a.report) await apply(tx, key, a);
  if (a.report) await reportLock(tx, { client }, a.next, where, requestId);
  return a.allowed;
}

/** Counts one attempt at the secret of `email` as a failure before it is checked; false: locked. */
export async function admitEmail(
  tx: Tx,
  email: string,
  now: Date,
  where = "",
  requestId: string | null = null,
): Promise<boolean> {
  const a = emailAttempt(await lockRow(tx, email), now);
  if (!a.allowed) return false;
  await apply(tx, email, a);
  if (a.report) await reportLock(tx, { email }, a.next, where, requestId);
  return true;
}

/** After the right secret: the email's count starts again. */
export async function clearEmail(tx: Tx, email: string) {
  await tx.signInThrottle.deleteMany({ where: { key: email } });
}

/** A row whose window began this long ago and that is not locked behaves exactly like no row at all. */
export const PRUNE_AFTER_MS = Math.max(WINDOW_MS, CLIENT_WINDOW_MS);
export const PRUNE_BATCH = 500;
/** The share of sign-ins that also prune (opportunistic: no scheduler needed, the cost is spread). */
export const PRUNE_CHANCE = 0.02;

/**
 * Deletes at most `limit` rows whose lock and window are over (failures forgotten by the rules anyway), so the
 * table does not grow with every email or address ever tried. Rows locked by an attempt in progress are skipped.
 */
export async function pruneThrottles(db: PrismaClient, now = new Date(), limit = PRUNE_BATCH): Promise<number> {
  const cutoff = new Date(now.getTime() - PRUNE_AFTER_MS);
  return db.$executeRaw`
    DELETE FROM sign_in_throttles WHERE key IN (
      SELECT key FROM sign_in_throttles
      WHERE (locked_until IS NULL OR locked_until <= ${now})
        AND COALESCE(last_failure_at, updated_at) <= ${cutoff}
      LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
}
