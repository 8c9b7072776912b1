// The throttle beyond the sign-in form: wrong current passwords on the change-password form (a stolen session
// must not guess the password faster than sign-in allows), and pruning rows whose windows are over.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { authenticate, changeOwnPassword, createUser, TOO_MANY_GUESSES } from "./mutations";
import { PRUNE_AFTER_MS, pruneThrottles } from "./throttle-mutations";
import { BASE_LOCK_MS, MAX_FAILURES } from "./throttle-policy";

// Parallel scrypt checks (N=2^17) take minutes on a loaded 2-core machine; that is not what these tests measure.
describe(`throttling beyond sign-in on ${testEngine}`, { timeout: 240_000 }, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("checks at most MAX_FAILURES of 20 parallel wrong current passwords, then refuses the right one", async () => {
    const u = await createUser(db.prisma, {
      email: "stolen@throttle.example",
      name: "Stella Stolen",
      role: "EDITOR",
      password: "the-real-password-1",
    });
    const actor = { id: u.id, label: u.name };
    const hashBefore = (await db.prisma.passwordCredential.findUniqueOrThrow({ where: { userId: u.id } })).passwordHash;
    const attempt = (current: string) =>
      changeOwnPassword(db.prisma, actor, { current, password: "a-new-password-99", confirm: "a-new-password-99" });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`guess-${i}-wrong`)));
    const messages = results.map((r) => (r.kind === "invalid" ? r.fieldErrors.current?.[0] : r.kind));
    const checked = messages.filter((m) => m === "This is not your current password").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(messages.filter((m) => m === TOO_MANY_GUESSES).length).toBe(20 - checked);

    // Locked: even the right password is refused unchecked, and sign-in shares the lock.
    expect(await attempt("the-real-password-1")).toEqual({
      kind: "invalid",
      fieldErrors: { current: [TOO_MANY_GUESSES] },
    });
    const signIn = await authenticate(
      db.prisma,
      { email: "stolen@throttle.example", password: "the-real-password-1" },
      { pruneChance: 0 },
    );
    expect(signIn.ok).toBe(false);
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: "stolen@throttle.example" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + BASE_LOCK_MS / 2);
    const lock = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: u.id, action: "sign-in-failed" } });
    expect(lock.reason).toMatch(/change-password form/);
    expect((await db.prisma.passwordCredential.findUniqueOrThrow({ where: { userId: u.id } })).passwordHash).toBe(
      hashBefore,
    );
    expect(await db.prisma.auditEvent.count({ where: { entityId: u.id, action: "password-change" } })).toBe(0);
  });

  it("resets the count after the right current password", async () => {
    const u = await createUser(db.prisma, {
      email: "owner@throttle.example",
      name: "Owen Owner",
      role: "VIEWER",
      password: "owner-password-12",
    });
    const actor = { id: u.id, label: u.name };
    const change = (current: string, password: string) =>
      changeOwnPassword(db.prisma, actor, { current, password, confirm: password });
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await change("nope-nope", "x-new-password-1")).kind).toBe("invalid");
    expect((await change("owner-password-12", "owner-password-34")).kind).toBe("ok");
    expect(await db.prisma.signInThrottle.count({ where: { key: "owner@throttle.example" } })).toBe(0);
  });

  it("prunes only rows whose lock and window are over, in bounded batches", async () => {
    const now = new Date("2026-07-01T00:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const old = ago(PRUNE_AFTER_MS + 1);
    await db.prisma.signInThrottle.createMany({
      data: [
        ...Array.from({ length: 7 }, (_, i) => ({ key: `old${i}@prune.example`, failures: 2, lastFailureAt: old })),
        { key: "ip:192.0.2.9", failures: 30, lastFailureAt: old, lockedUntil: ago(1) },
        { key: "recent@prune.example", failures: 2, lastFailureAt: ago(PRUNE_AFTER_MS - 1000) },
        { key: "locked@prune.example", failures: 9, lastFailureAt: old, lockedUntil: new Date(now.getTime() + 1000) },
        { key: "oidc:old@prune.example", failures: 1, lastFailureAt: old },
      ],
    });
    const keys = async () =>
      (
        await db.prisma.signInThrottle.findMany({
          where: { OR: [{ key: { contains: "prune" } }, { key: "ip:192.0.2.9" }] },
        })
      )
        .map((r) => r.key)
        .sort();
    expect(await pruneThrottles(db.prisma, now, 5)).toBe(5);
    expect(await pruneThrottles(db.prisma, now, 5)).toBe(4);
    expect(await pruneThrottles(db.prisma, now, 5)).toBe(0);
    expect(await keys()).toEqual(["locked@prune.example", "recent@prune.example"]);
  });

  it("prunes during sign-in when the chance says so, without touching the attempt's own rows", async () => {
    const now = new Date("2026-08-01T00:00:00Z");
    await db.prisma.signInThrottle.create({
      data: { key: "stale@prune.example", failures: 3, lastFailureAt: new Date(now.getTime() - 86_400_000) },
    });
    const r = await authenticate(
      db.prisma,
      { email: "someone@prune.example", password: "whatever-123" },
      { now, client: "192.0.2.10", pruneChance: 1 },
    );
    expect(r.ok).toBe(false);
    expect(await db.prisma.signInThrottle.count({ where: { key: "stale@prune.example" } })).toBe(0);
    expect(
      await db.prisma.signInThrottle.count({ where: { key: { in: ["someone@prune.example", "ip:192.0.2.10"] } } }),
    ).toBe(2);
  });
});
