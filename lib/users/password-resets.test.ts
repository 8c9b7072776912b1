// Admin-issued one-time password reset links, against a real database.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { verifyTables } from "@/lib/audit/verify-tables";
import type { Actor } from "@/lib/audit/record";
import { setActive } from "./admin-mutations";
import { authenticate, createUser } from "./mutations";
import {
  issuePasswordReset,
  lookUpPasswordReset,
  RESET_HOURS,
  RESET_LINK_INVALID,
  RESET_TOO_MANY,
  resetPassword,
  voidPasswordReset,
} from "./password-resets";
import { listPendingResets } from "./queries";
import { CLIENT_MAX_ATTEMPTS } from "./throttle-policy";

describe(`password reset links on ${testEngine}`, () => {
  let db: Database;
  let admin: Actor;
  let userId: string;
  const t0 = new Date("2026-04-01T09:00:00Z");
  const at = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

  beforeAll(async () => {
    db = await createTestDatabase();
    const a = await createUser(db.prisma, {
      email: "admin@reset.example",
      name: "Ada Admin",
      role: "ADMIN",
      password: "admin-password-1",
    });
    admin = { id: a.id, label: a.name };
    const u = await createUser(db.prisma, {
      email: "rita@reset.example",
      name: "Rita Reset",
      role: "EDITOR",
      password: "old-password-123",
    });
    userId = u.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const issue = async (now = t0) => {
    const r = await issuePasswordReset(db.prisma, admin, { userId }, now);
    if (r.kind !== "ok") throw new Error(`issue failed: ${JSON.stringify(r)}`);
    return r.value;
  };
  const reset = (token: string, password: string, now = t0, client: string | null = null) =>
    resetPassword(db.prisma, { token, password, confirm: password }, { now, client });
  const events = (action: string) =>
    db.prisma.auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { seq: "asc" } });

  it("stores only a hash of the token, expires in RESET_HOURS, and audits the issue without the token", async () => {
    const { token, expiresAt } = await issue();
    expect(expiresAt).toEqual(at(RESET_HOURS));
    const row = await db.prisma.passwordReset.findFirstOrThrow({ where: { userId, usedAt: null, voidedAt: null } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const [ev] = await events("password-reset-issue");
    expect(ev!.changes).toEqual({ expiresAt: at(RESET_HOURS).toISOString() });
    const recorded = JSON.stringify({ changes: ev!.changes, reason: ev!.reason });
    expect(recorded).not.toContain(token);
    expect(recorded).not.toContain(row.tokenHash);
    expect(ev!.actorId).toBe(admin.id);
  });

  it("voids the pending link when a new one is issued", async () => {
    const first = await issue();
    const second = await issue();
    expect(await lookUpPasswordReset(db.prisma, first.token, { now: t0 })).toEqual({ kind: "invalid" });
    expect(await lookUpPasswordReset(db.prisma, second.token, { now: t0 })).toMatchObject({
      kind: "ok",
      email: "rita@reset.example",
    });
    expect((await reset(first.token, "a-brand-new-pass-1")).kind).toBe("invalid");
    const voids = await events("password-reset-void");
    expect(voids.at(-1)!.reason).toBe("replaced by a new link");
    const pending = await listPendingResets(t0, db.prisma);
    expect(pending.map((p) => p.user.email)).toEqual(["rita@reset.example"]);
  });

  it("sets a new password under the policy, once, ends every session and clears a sign-in lock", async () => {
    const { token } = await issue();
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    // A weak password is refused and writes nothing: the link still works.
    const weak = await reset(token, "short");
    expect(weak).toMatchObject({ kind: "invalid", fieldErrors: { password: [expect.any(String)] } });
    const withEmail = await reset(token, "rita@reset.example");
    expect(withEmail.kind).toBe("invalid");
    await db.prisma.signInThrottle.create({
      data: { key: "rita@reset.example", failures: 9, lockedUntil: at(5), lastFailureAt: t0 },
    });

    expect((await reset(token, "a-brand-new-pass-1")).kind).toBe("ok");
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(after.sessionEpoch).toBe(before.sessionEpoch + 1);
    expect(await db.prisma.signInThrottle.count({ where: { key: "rita@reset.example" } })).toBe(0);
    const sign = (password: string) =>
      authenticate(db.prisma, { email: "rita@reset.example", password }, { now: t0, pruneChance: 0 });
    expect((await sign("old-password-123")).ok).toBe(false);
    expect((await sign("a-brand-new-pass-1")).ok).toBe(true);
    const [used] = await events("password-reset-use");
    expect(used).toMatchObject({ actorId: userId, changes: {} });

    // Twice: the same calm answer as for any unusable link.
    expect(await reset(token, "another-new-pass-2")).toEqual({
      kind: "invalid",
      fieldErrors: { token: [RESET_LINK_INVALID] },
    });
    expect((await sign("a-brand-new-pass-1")).ok).toBe(true);
  });

  it("gives one answer for unknown, expired, voided and deactivated links", async () => {
    const unknown = await reset("x".repeat(43), "a-third-password-3");
    const expiring = await issue();
    const expired = await reset(expiring.token, "a-third-password-3", at(RESET_HOURS + 0.01));
    const voiding = await issue();
    const row = await db.prisma.passwordReset.findFirstOrThrow({ where: { userId, usedAt: null, voidedAt: null } });
    expect((await voidPasswordReset(db.prisma, admin, { id: row.id }, t0)).kind).toBe("ok");
    expect((await voidPasswordReset(db.prisma, admin, { id: row.id }, t0)).kind).toBe("not-found");
    expect((await events("password-reset-void")).at(-1)!.reason).toBe("voided by an administrator");
    const voided = await reset(voiding.token, "a-third-password-3");
    const deactivating = await issue();
    await setActive(db.prisma, admin, { userId, active: false, reason: "left" });
    const deactivated = await reset(deactivating.token, "a-third-password-3");
    const refused = await issuePasswordReset(db.prisma, admin, { userId }, t0);
    await setActive(db.prisma, admin, { userId, active: true, reason: "back" });

    for (const r of [unknown, expired, voided, deactivated])
      expect(r).toEqual({ kind: "invalid", fieldErrors: { token: [RESET_LINK_INVALID] } });
    expect(refused).toMatchObject({ kind: "invalid", fieldErrors: { form: [expect.stringMatching(/deactivated/)] } });
  });

  it("is throttled per client address like sign-in", async () => {
    const client = "203.0.113.77";
    const { token } = await issue();
    for (let i = 0; i < CLIENT_MAX_ATTEMPTS; i++) await reset("y".repeat(43), "a-guessing-pass-9", t0, client);
    expect(await reset(token, "a-fourth-password-4", t0, client)).toEqual({
      kind: "invalid",
      fieldErrors: { form: [RESET_TOO_MANY] },
    });
    expect(await lookUpPasswordReset(db.prisma, token, { now: t0, client })).toEqual({ kind: "throttled" });
    // The link itself was not spent, and from elsewhere it works.
    expect((await reset(token, "a-fourth-password-4", t0, "198.51.100.1")).kind).toBe("ok");
  });

  it("keeps the audit log and the tables in agreement", async () => {
    const report = await verifyTables(db.prisma);
    expect(report.problems).toEqual([]);
  });
  it("refuses accounts without a password (made last: written outside the app)", async () => {
    const sso = await db.prisma.user.create({ data: { email: "sso@reset.example", name: "Sso Only" } });
    const r = await issuePasswordReset(db.prisma, admin, { userId: sso.id }, t0);
    expect(r).toMatchObject({ kind: "invalid", fieldErrors: { form: [expect.stringMatching(/no password/)] } });
  });
});
