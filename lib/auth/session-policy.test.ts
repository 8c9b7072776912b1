import { describe, expect, it } from "vitest";
import { claimsOf, judgeSession, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";

const signIn = new Date("2026-11-30T08:00:00Z");
const at = (seconds: number) => new Date(signIn.getTime() + seconds * 1000);
const claims = { uid: "u1", epoch: 3, authTime: signIn.getTime() / 1000 };
const user = { active: true, sessionEpoch: 3 };

describe("session policy", () => {
  it("keeps the token's lifetime to the session's and the absolute limit at 12 hours (ASVS 3.3.2)", () => {
    expect(SESSION_IDLE_SECONDS).toBe(12 * 3600);
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 3600);
  });

  it("accepts a session until the absolute limit from sign-in, however often it was refreshed", () => {
    expect(judgeSession(claims, user, at(0))).toBe("valid");
    expect(judgeSession(claims, user, at(SESSION_ABSOLUTE_SECONDS - 1))).toBe("valid");
    expect(judgeSession(claims, user, at(SESSION_ABSOLUTE_SECONDS))).toBe("expired");
    expect(judgeSession(claims, user, at(30 * 86_400))).toBe("expired");
  });

  it("refuses a sign-in time in the future", () => {
    expect(judgeSession(claims, user, at(-3600))).toBe("expired");
  });

  it("refuses a token whose epoch is not the user's current one", () => {
    expect(judgeSession(claims, { active: true, sessionEpoch: 4 }, at(60))).toBe("revoked");
    expect(judgeSession({ ...claims, epoch: 4 }, user, at(60))).toBe("revoked");
  });

  it("refuses unknown and deactivated users", () => {
    expect(judgeSession(claims, null, at(60))).toBe("inactive");
    expect(judgeSession(claims, { active: false, sessionEpoch: 3 }, at(60))).toBe("inactive");
  });

  it("reads only tokens that carry all three claims (older tokens end)", () => {
    expect(claimsOf({ uid: "u1", epoch: 0, authTime: 1, name: "x" })).toEqual({ uid: "u1", epoch: 0, authTime: 1 });
    expect(claimsOf({ uid: "u1" })).toBeNull();
    expect(claimsOf({ uid: "u1", epoch: "0", authTime: 1 })).toBeNull();
    expect(claimsOf({ uid: "", epoch: 0, authTime: 1 })).toBeNull();
    expect(claimsOf(null)).toBeNull();
    expect(claimsOf({})).toBeNull();
  });
});
