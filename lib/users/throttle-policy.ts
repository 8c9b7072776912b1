// Sign-in throttling, as pure functions: after MAX_FAILURES failed attempts
// for one email within the window, that email is locked for a while, doubling
// with each further failure. It applies whether or not the account exists, so
// it reveals nothing about which emails are registered.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const BASE_LOCK_MS = 15 * 60_000;
export const MAX_LOCK_MS = 24 * 60 * 60_000;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil.getTime() > now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const recent = state?.lastFailureAt && now.getTime() - state.lastFailureAt.getTime() <= WINDOW_MS;
  const failures = recent || isLocked(state, now) ? (state?.failures ?? 0) + 1 : 1;
  const over = failures - MAX_FAILURES;
  const lockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(BASE_LOCK_MS * 2 ** over, MAX_LOCK_MS)) : null;
  return { failures, lockedUntil, lastFailureAt: now };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What one attempt does to a throttle row: whether the password may be checked, the row after it, and
 *  whether this attempt is the one that starts a lock (the only one written to the audit log). */
export interface Admission {
  allowed: boolean;
  next: ThrottleState;
  report: boolean;
}

/**
 * Per email: the attempt counts as a failure BEFORE the password is checked (a right password resets the row
 * afterwards), so parallel guesses cannot all be checked. Attempts during a lock are refused unevaluated and
 * do not extend it.
 */
export function emailAttempt(state: ThrottleState | null, now: Date): Admission {
  if (isLocked(state, now)) return { allowed: false, next: state!, report: false };
  const next = afterFailure(state, now);
  return { allowed: true, next, report: next.lockedUntil !== null };
}

// Per client address: at most CLIENT_MAX_ATTEMPTS attempts (right or wrong) in a fixed window. The row is the
// same table's: `failures` counts the attempts, `lastFailureAt` is when the window began, `lockedUntil` when it
// ends once the limit is reached. A right password does not reset it, or one valid account would unlock
// guessing at all the others.
export const CLIENT_MAX_ATTEMPTS = 30;
export const CLIENT_WINDOW_MS = 15 * 60_000;
export const CLIENT_KEY_PREFIX = "ip:"; // emails cannot contain ":", so the keys never collide

export function clientAttempt(state: ThrottleState | null, now: Date): Admission {
  const start = state?.lastFailureAt;
  if (!state || !start || now.getTime() - start.getTime() >= CLIENT_WINDOW_MS)
    return { allowed: true, next: { failures: 1, lockedUntil: null, lastFailureAt: now }, report: false };
  const end = new Date(start.getTime() + CLIENT_WINDOW_MS);
  if (state.failures < CLIENT_MAX_ATTEMPTS) {
    const failures = state.failures + 1;
    return {
      allowed: true,
      next: { failures, lockedUntil: failures >= CLIENT_MAX_ATTEMPTS ? end : null, lastFailureAt: start },
      report: false,
    };
  }
  // Over the limit: the first refusal is counted once more and reported; later ones change nothing.
  if (state.failures === CLIENT_MAX_ATTEMPTS)
    return { allowed: false, next: { ...state, failures: state.failures + 1, lockedUntil: end }, report: true };
  return { allowed: false, next: state, report: false };
}
