import { describe, expect, it } from "vitest";
import {
  afterFailure,
  BASE_LOCK_MS,
  clientAttempt,
  CLIENT_MAX_ATTEMPTS,
  CLIENT_WINDOW_MS,
  emailAttempt,
  isLocked,
  MAX_FAILURES,
  MAX_LOCK_MS,
  WINDOW_MS,
  type ThrottleState,
} from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttle policy", () => {
  it("locks after MAX_FAILURES failures within the window, not before", () => {
    let s: ThrottleState | null = null;
    for (let i = 1; i < MAX_FAILURES; i++) {
      s = afterFailure(s, at(i * 1000));
      expect(isLocked(s, at(i * 1000))).toBe(false);
    }
    s = afterFailure(s, at(MAX_FAILURES * 1000));
    expect(s.failures).toBe(MAX_FAILURES);
    expect(isLocked(s, at(MAX_FAILURES * 1000 + 1))).toBe(true);
    expect(s.lockedUntil?.getTime()).toBe(at(MAX_FAILURES * 1000).getTime() + BASE_LOCK_MS);
    expect(isLocked(s, new Date(s.lockedUntil!.getTime() + 1))).toBe(false);
  });

  it("starts counting again when the last failure is older than the window", () => {
    const s = afterFailure({ failures: 4, lockedUntil: null, lastFailureAt: t0 }, at(WINDOW_MS + 1));
    expect(s).toEqual({ failures: 1, lockedUntil: null, lastFailureAt: at(WINDOW_MS + 1) });
  });

  it("doubles the lock with each further failure, up to a cap", () => {
    const locked = { failures: MAX_FAILURES, lockedUntil: at(BASE_LOCK_MS), lastFailureAt: t0 };
    const next = afterFailure(locked, at(1000));
    expect(next.lockedUntil!.getTime() - at(1000).getTime()).toBe(2 * BASE_LOCK_MS);
    const many = afterFailure({ failures: 40, lockedUntil: at(1), lastFailureAt: t0 }, t0);
    expect(many.lockedUntil!.getTime() - t0.getTime()).toBe(MAX_LOCK_MS);
  });
});

describe("admitting one attempt", () => {
  it("per email: counts it as a failure before the check, reports only the attempt that starts the lock", () => {
    let s: ThrottleState | null = null;
    const reports: boolean[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) {
      const a = emailAttempt(s, t0);
      expect(a.allowed).toBe(true);
      reports.push(a.report);
      s = a.next;
    }
    expect(reports).toEqual([...Array<boolean>(MAX_FAILURES - 1).fill(false), true]);
    expect(emailAttempt(s, at(1))).toEqual({ allowed: false, next: s, report: false });
  });

  it("per client: a fixed window of CLIENT_MAX_ATTEMPTS, one report at the first refusal, then a new window", () => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < CLIENT_MAX_ATTEMPTS; i++) {
      const a = clientAttempt(s, at(i));
      expect([a.allowed, a.report]).toEqual([true, false]);
      s = a.next;
    }
    const first = clientAttempt(s, at(CLIENT_MAX_ATTEMPTS));
    expect([first.allowed, first.report, first.next.lockedUntil]).toEqual([false, true, at(CLIENT_WINDOW_MS)]);
    const again = clientAttempt(first.next, at(CLIENT_MAX_ATTEMPTS + 1));
    expect([again.allowed, again.report]).toEqual([false, false]);
    expect(clientAttempt(again.next, at(CLIENT_WINDOW_MS))).toEqual({
      allowed: true,
      report: false,
      next: { failures: 1, lockedUntil: null, lastFailureAt: at(CLIENT_WINDOW_MS) },
    });
  });
});
