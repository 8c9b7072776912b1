import { describe, expect, it } from "vitest";
import { passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";
import { AcceptInviteSchema, ChangePasswordSchema, NewUserSchema } from "./schema";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("plum tractor velvet 42")).toBeNull();
    expect(passwordProblem("x".repeat(5) + "Qz8!mT2#pLw9")).toBeNull();
  });

  it("enforces the length limits, counting characters", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(passwordProblem("short-pw-11")).toBe("Use at least 12 characters");
    expect(passwordProblem("ü".repeat(5) + "9k2m#Lq")).toBeNull();
    expect(passwordProblem("a1b2c3d4e5f6".repeat(20))).toBe(`Use at most ${PASSWORD_MAX} characters`);
  });

  it("refuses one repeated character or a short repeated pattern", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/repeated/);
    expect(passwordProblem("111111111111111")).toMatch(/repeated/);
    expect(passwordProblem("abcabcabcabc")).toMatch(/repeated/);
  });

  it("refuses common passwords from the bundled list, also with digits or symbols added", () => {
    expect(passwordProblem("qwerty123456")).toMatch(/too common/);
    expect(passwordProblem("1q2w3e4r5t6y")).toMatch(/too common/);
    expect(passwordProblem("Password1234!")).toMatch(/too common/);
    expect(passwordProblem("iloveyou2024")).toMatch(/too common/);
  });

  it("refuses the email address or its local part", () => {
    expect(passwordProblem("ana.observer@example.org", "Ana.Observer@example.org")).toMatch(/email/);
    expect(passwordProblem("ana.observer.x", "ana.observer.x@example.org")).toMatch(/email/);
    expect(passwordProblem("ana.observer.x", "someone@example.org")).toBeNull();
  });

  it("gives the policy's message on the password field of every form that sets one", () => {
    const user = NewUserSchema.safeParse({
      email: "zed.person@example.org",
      name: "Zed",
      role: "VIEWER",
      password: "zed.person@example.org",
    });
    expect(user.success || user.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", "Do not use your email address as your password"],
    ]);
    const invite = AcceptInviteSchema.safeParse({
      token: "t".repeat(43),
      name: "Zed",
      password: "aaaaaaaaaaaa",
      confirm: "aaaaaaaaaaaa",
    });
    expect(invite.success || invite.error.issues.map((i) => i.path.join("."))).toEqual(["password"]);
    const change = ChangePasswordSchema.safeParse({ current: "", password: "qwerty123456", confirm: "other" });
    expect(change.success || change.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["current", "Enter your current password"],
      ["password", "This password is too common: it appears in lists of leaked passwords"],
      ["confirm", "The two passwords differ"],
    ]);
  });
});
