// The attacks of issue 10 against sign-in, through the function the credentials provider calls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { authenticate, createUser } from "./mutations";
import { BASE_LOCK_MS, CLIENT_MAX_ATTEMPTS, CLIENT_WINDOW_MS, MAX_FAILURES } from "./throttle-policy";

// Each attempt that reaches the password check runs scrypt (N=2^17): dozens of them in parallel take minutes on a
// loaded 2-core machine, which is not what these tests measure.
describe(`sign-in under attack on ${testEngine}`, { timeout: 240_000 }, () => {
  let db: Database;
  const t0 = new Date("2026-03-01T10:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const counter = () => {
    const c = { checks: 0, onPasswordCheck: () => void c.checks++ };
    return c;
  };
  const user = (email: string, password: string) =>
    createUser(db.prisma, { email, name: email.split("@")[0]!, role: "EDITOR", password });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("checks at most MAX_FAILURES of 39 parallel wrong guesses and refuses the right one after them", async () => {
    await user("target@example.org", "right-password-1");
    const c = counter();
    const ctx = { now: t0, onPasswordCheck: c.onPasswordCheck };
    const guess = (password: string) => authenticate(db.prisma, { email: "target@example.org", password }, ctx);
    // The right password is sent, still in parallel with the others, once the limit has been spent.
    let limitReached!: () => void;
    const spent = new Promise<void>((resolve) => (limitReached = resolve));
    const counted = {
      ...ctx,
      onPasswordCheck: () => {
        c.onPasswordCheck();
        if (c.checks === MAX_FAILURES) limitReached();
      },
    };
    const wrong = Array.from({ length: 39 }, (_, i) =>
      authenticate(db.prisma, { email: "target@example.org", password: `guess-${i}` }, counted),
    );
    const right = spent.then(() => guess("right-password-1"));
    const results = await Promise.all([...wrong, right]);

    expect(results.filter((r) => r.ok)).toEqual([]);
    expect(c.checks).toBe(MAX_FAILURES);
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: "target@example.org" } });
    expect(row.failures).toBe(MAX_FAILURES);
    expect(row.lockedUntil).toEqual(at(BASE_LOCK_MS));

    // After the lock expires the owner signs in, and that resets the count.
    const later = counter();
    const after = await authenticate(
      db.prisma,
      { email: "target@example.org", password: "right-password-1" },
      { now: at(BASE_LOCK_MS + 1), onPasswordCheck: later.onPasswordCheck },
    );
    expect(after.ok).toBe(true);
    expect(later.checks).toBe(1);
    expect(await db.prisma.signInThrottle.count({ where: { key: "target@example.org" } })).toBe(0);
  });

  it("never checks more than MAX_FAILURES passwords of 40 fired at once, whatever their order", async () => {
    await user("race@example.org", "race-password-1");
    const c = counter();
    const passwords = [...Array.from({ length: 39 }, (_, i) => `guess-${i}`), "race-password-1"];
    const results = await Promise.all(
      passwords.map((password) =>
        authenticate(
          db.prisma,
          { email: "race@example.org", password },
          { now: t0, onPasswordCheck: c.onPasswordCheck },
        ),
      ),
    );
    expect(c.checks).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
    // The right one is last: on one connection (PGlite) it arrives after the limit and is refused unhashed.
    if (testEngine === "pglite") expect(results.at(-1)).toEqual({ ok: false });
  });

  it("holds across two app instances on one database (PGlite: one process serves it, so the same one)", async () => {
    await user("twin@example.org", "twin-password-1");
    let other = db;
    if (testEngine === "postgres") {
      const [row] = await db.sql.query<{ name: string }>(`SELECT current_database() AS name`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      other = await openDatabase({ url: url.toString() });
    }
    try {
      const c = counter();
      const ctx = { now: t0, client: "192.0.2.9", onPasswordCheck: c.onPasswordCheck };
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          authenticate((i % 2 ? other : db).prisma, { email: "twin@example.org", password: `guess-${i}` }, ctx),
        ),
      );
      expect(results.some((r) => r.ok)).toBe(false);
      expect(c.checks).toBe(MAX_FAILURES);
      const rows = await db.prisma.signInThrottle.findMany({
        where: { key: { in: ["twin@example.org", "ip:192.0.2.9"] } },
        orderBy: { key: "asc" },
        select: { key: true, failures: true },
      });
      // The address counts every attempt up to its limit; the email only those admitted before its lock.
      expect(rows).toEqual([
        { key: "ip:192.0.2.9", failures: CLIENT_MAX_ATTEMPTS + 1 },
        { key: "twin@example.org", failures: MAX_FAILURES },
      ]);
    } finally {
      if (other !== db) await other.close();
    }
  });

  it("limits attempts per client address across many emails, without resetting on a right password", async () => {
    await user("owner@example.org", "owner-password-1");
    const client = "203.0.113.7";
    const c = counter();
    const tries = Array.from({ length: CLIENT_MAX_ATTEMPTS + 10 }, (_, i) =>
      authenticate(
        db.prisma,
        { email: `spray-${i}@example.org`, password: "Winter2026!" },
        { now: t0, client, onPasswordCheck: c.onPasswordCheck },
      ),
    );
    expect((await Promise.all(tries)).some((r) => r.ok)).toBe(false);
    expect(c.checks).toBe(CLIENT_MAX_ATTEMPTS);
    // Even the right password is refused from that address until its window ends; another address is not affected.
    const right = { email: "owner@example.org", password: "owner-password-1" };
    expect(await authenticate(db.prisma, right, { now: at(60_000), client })).toEqual({ ok: false });
    expect((await authenticate(db.prisma, right, { now: at(60_000), client: "198.51.100.2" })).ok).toBe(true);
    expect((await authenticate(db.prisma, right, { now: at(CLIENT_WINDOW_MS), client })).ok).toBe(true);
    const events = await db.prisma.auditEvent.findMany({
      where: { action: "sign-in-failed", changes: { path: ["client"], equals: client } },
      select: { changes: true },
    });
    expect(events).toEqual([
      { changes: { client, failures: CLIENT_MAX_ATTEMPTS + 1, lockedUntil: at(CLIENT_WINDOW_MS).toISOString() } },
    ]);
  });

  it("writes at most 2 audit events for 100 failures, and none of them per attempt", async () => {
    await user("flood@example.org", "flood-password-1");
    const before = await db.prisma.auditEvent.count();
    const c = counter();
    for (let i = 0; i < 100; i++)
      await authenticate(
        db.prisma,
        { email: "flood@example.org", password: `nope-${i}` },
        { now: at(i * 1000), client: "192.0.2.55", onPasswordCheck: c.onPasswordCheck },
      );
    const events = await db.prisma.auditEvent.findMany({
      where: { seq: { gt: before } },
      select: { action: true, changes: true },
      orderBy: { seq: "asc" },
    });
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events[0]).toEqual({
      action: "sign-in-failed",
      changes: {
        email: "flood@example.org",
        failures: MAX_FAILURES,
        lockedUntil: at(4000 + BASE_LOCK_MS).toISOString(),
      },
    });
    expect(c.checks).toBe(MAX_FAILURES);
  });
});
