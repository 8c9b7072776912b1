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
