// Session revocation and sign-in rehash against a real database, on both engines.
import { randomBytes, scryptSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { nowSeconds, SESSION_ABSOLUTE_SECONDS, type SessionClaims } from "@/lib/auth/session-policy";
import { changeRole, setActive } from "./admin-mutations";
import { authenticate, changeOwnPassword, createUser, signOutEverywhere } from "./mutations";
import { findSessionUser } from "./queries";

describe(`sessions on ${testEngine}`, () => {
  let db: Database;
  let admin: { id: string; name: string };
  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createUser(db.prisma, {
      email: "root@s.example",
      name: "Root",
      role: "ADMIN",
      password: "root-pass-9871",
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  let n = 0;
  /** A new user signed in through the real sign-in; returns the claims its token would carry. */
  async function signedIn(now = new Date()): Promise<SessionClaims & { password: string }> {
    const password = `plum-tractor-${++n}-velvet`;
    await createUser(db.prisma, { email: `u${n}@s.example`, name: `User ${n}`, role: "EDITOR", password });
    const r = await authenticate(db.prisma, { email: `u${n}@s.example`, password }, { now });
    if (!r.ok) throw new Error("sign-in failed");
    return { uid: r.user.id, epoch: r.sessionEpoch, authTime: nowSeconds(now), password };
  }
  const alive = (c: SessionClaims, now = new Date()) => findSessionUser(c, now, db.prisma).then(Boolean);

  it("keeps a session until its absolute limit, counted from sign-in (injected clock)", async () => {
    const t0 = new Date("2026-11-30T08:00:00Z");
    const c = await signedIn(t0);
    expect(await alive(c, new Date(t0.getTime() + 60_000))).toBe(true);
    expect(await alive(c, new Date(t0.getTime() + (SESSION_ABSOLUTE_SECONDS - 1) * 1000))).toBe(true);
    expect(await alive(c, new Date(t0.getTime() + SESSION_ABSOLUTE_SECONDS * 1000))).toBe(false);
  });

  it("sign-out ends every session of the user, copies included, once, and is audited", async () => {
    const c = await signedIn();
    const copy = { ...c };
    const other = await signedIn(); // another user's session is not affected
    expect(await signOutEverywhere(db.prisma, c)).toBe(true);
    expect(await alive(c)).toBe(false);
    expect(await alive(copy)).toBe(false);
    expect(await alive(other)).toBe(true);
    // Replaying the old token's sign-out does nothing more.
    expect(await signOutEverywhere(db.prisma, copy)).toBe(false);
    const events = await db.prisma.auditEvent.findMany({ where: { entityId: c.uid, action: "sign-out" } });
    expect(events).toHaveLength(1);
    // Signing in again starts a session that works.
    const again = await authenticate(db.prisma, { email: `u${n - 1}@s.example`, password: c.password });
    expect(again.ok && again.sessionEpoch).toBe(c.epoch + 1);
  });

  it("sign-out on one app instance ends the session on another at its next request", async () => {
    // PostgreSQL: a second connection pool to the same database, as a second `npm start` would open.
    // PGlite is served by one process, so both "instances" are the same one there.
    let other = db;
    if (testEngine === "postgres") {
      const [row] = await db.sql.query<{ name: string }>(`SELECT current_database() AS name`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      other = await openDatabase({ url: url.toString() });
    }
    try {
      const c = await signedIn();
      expect(await findSessionUser(c, new Date(), other.prisma).then(Boolean)).toBe(true);
      expect(await signOutEverywhere(db.prisma, c)).toBe(true);
      expect(await findSessionUser(c, new Date(), other.prisma)).toBeNull();
    } finally {
      if (other !== db) await other.close();
    }
  });

  it("deactivation ends the user's sessions, and reactivation does not revive them", async () => {
    const c = await signedIn();
    const off = await setActive(
      db.prisma,
      { id: admin.id, label: admin.name },
      { userId: c.uid, active: false, reason: "left" },
    );
    expect(off.kind).toBe("ok");
    expect(await alive(c)).toBe(false);
    await setActive(db.prisma, { id: admin.id, label: admin.name }, { userId: c.uid, active: true, reason: "back" });
    expect(await alive(c)).toBe(false);
  });

  it("a role change ends the user's sessions", async () => {
    const c = await signedIn();
    expect(
      (await changeRole(db.prisma, { id: admin.id, label: admin.name }, { userId: c.uid, role: "VIEWER" })).kind,
    ).toBe("ok");
    expect(await alive(c)).toBe(false);
  });

  it("a password change checks the current password, ends every session and is audited", async () => {
    const c = await signedIn();
    const actor = { id: c.uid, label: "User" };
    const wrong = await changeOwnPassword(db.prisma, actor, {
      current: "not-it-at-all",
      password: "fresh-lemon-grove-7",
      confirm: "fresh-lemon-grove-7",
    });
    expect(wrong).toEqual({ kind: "invalid", fieldErrors: { current: ["This is not your current password"] } });
    const same = await changeOwnPassword(db.prisma, actor, {
      current: c.password,
      password: c.password,
      confirm: c.password,
    });
    expect(same.kind).toBe("invalid");
    expect(await alive(c)).toBe(true);

    const ok = await changeOwnPassword(db.prisma, actor, {
      current: c.password,
      password: "fresh-lemon-grove-7",
      confirm: "fresh-lemon-grove-7",
    });
    expect(ok.kind).toBe("ok");
    expect(await alive(c)).toBe(false);
    const email = `u${n}@s.example`;
    expect((await authenticate(db.prisma, { email, password: c.password })).ok).toBe(false);
    expect((await authenticate(db.prisma, { email, password: "fresh-lemon-grove-7" })).ok).toBe(true);
    expect(await db.prisma.auditEvent.count({ where: { entityId: c.uid, action: "password-change" } })).toBe(1);
  });

  it("re-hashes a password stored with weaker parameters at the next successful sign-in", async () => {
    const user = await createUser(db.prisma, {
      email: "old@s.example",
      name: "Old",
      role: "VIEWER",
      password: "old-hash-pass-55",
    });
    const salt = randomBytes(16);
    const key = scryptSync("old-hash-pass-55".normalize("NFKC"), salt, 64, { N: 1 << 14, r: 8, p: 1 });
    const weak = ["scrypt", 1 << 14, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    await db.prisma.passwordCredential.update({ where: { userId: user.id }, data: { passwordHash: weak } });

    expect((await authenticate(db.prisma, { email: "old@s.example", password: "wrong-password-1" })).ok).toBe(false);
    const unchanged = await db.prisma.passwordCredential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(unchanged.passwordHash).toBe(weak);

    expect((await authenticate(db.prisma, { email: "old@s.example", password: "old-hash-pass-55" })).ok).toBe(true);
    const stored = await db.prisma.passwordCredential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await authenticate(db.prisma, { email: "old@s.example", password: "old-hash-pass-55" })).ok).toBe(true);
  });
});
