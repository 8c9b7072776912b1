import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { authenticate, createUser } from "./mutations";
import { ensureFirstAdmin } from "./first-admin";
import { MAX_FAILURES } from "./throttle-policy";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

describe(`sign-in on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.prisma, {
      email: "Editor@Example.org",
      name: "Eda Editor",
      role: "EDITOR",
      password: "editor-password-1",
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps the password hash apart from the user row", async () => {
    const cols = await db.sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'users'`,
    );
    expect(cols.map((c) => c.column_name)).not.toContain("password_hash");
    const cred = await db.sql.query<{ password_hash: string }>(`SELECT password_hash FROM password_credentials`);
    expect(cred[0]?.password_hash).toMatch(/^scrypt\$/);
    expect(cred[0]?.password_hash).not.toContain("editor-password-1");
  });

  it("accepts the right password (email case-insensitive) and audits the sign-in", async () => {
    const r = await authenticate(db.prisma, { email: " editor@example.ORG ", password: "editor-password-1" });
    expect(r.ok && r.user.role).toBe("EDITOR");
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect([last.action, last.actorLabel]).toEqual(["sign-in", "Eda Editor"]);
  });

  it("gives the same answer for a wrong password, an unknown email and bad input, and counts failures", async () => {
    expect(await authenticate(db.prisma, { email: "editor@example.org", password: "nope" })).toEqual({ ok: false });
    expect(await authenticate(db.prisma, { email: "ghost@example.org", password: "nope" })).toEqual({ ok: false });
    expect(await authenticate(db.prisma, { email: "not an email", password: "" })).toEqual({ ok: false });
    // Counted in the throttle table; the audit log gets an event only when a lock starts.
    const rows = await db.prisma.signInThrottle.findMany({
      orderBy: { key: "asc" },
      select: { key: true, failures: true },
    });
    expect(rows).toEqual([
      { key: "editor@example.org", failures: 1 },
      { key: "ghost@example.org", failures: 1 },
    ]);
    expect(await db.prisma.auditEvent.count({ where: { action: "sign-in-failed" } })).toBe(0);
  });

  it("locks an email after repeated failures, even with the right password, and does so for unknown emails too", async () => {
    await createUser(db.prisma, {
      email: "locky@example.org",
      name: "Locky",
      role: "VIEWER",
      password: "locky-password-1",
    });
    const t = new Date();
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate(db.prisma, { email: "locky@example.org", password: `bad-${i}` }, { now: t });
    expect(
      await authenticate(db.prisma, { email: "locky@example.org", password: "locky-password-1" }, { now: t }),
    ).toEqual({
      ok: false,
    });
    const later = new Date(t.getTime() + 16 * 60_000);
    expect(
      (await authenticate(db.prisma, { email: "locky@example.org", password: "locky-password-1" }, { now: later })).ok,
    ).toBe(true);
    for (let i = 0; i < MAX_FAILURES; i++)
      await authenticate(db.prisma, { email: "ghost@example.org", password: "x" }, { now: t });
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: "ghost@example.org" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(t.getTime());
    const events = await db.prisma.auditEvent.findMany({
      where: { action: "sign-in-failed" },
      select: { reason: true },
    });
    expect(events.map((e) => e.reason)).toEqual([
      "locked after 5 failed attempts",
      "locked after 5 failed attempts (no account with this email)",
    ]);
  });

  it("refuses a deactivated user", async () => {
    await createUser(db.prisma, {
      email: "gone@example.org",
      name: "Gone",
      role: "VIEWER",
      password: "viewer-password-1",
    });
    await db.prisma.user.update({ where: { email: "gone@example.org" }, data: { active: false } });
    expect(await authenticate(db.prisma, { email: "gone@example.org", password: "viewer-password-1" })).toEqual({
      ok: false,
    });
  });

  it("creates the first admin once, with a generated password kept in a private file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tracker-admin-"));
    const first = await ensureFirstAdmin(db.prisma, { dataRoot: dir });
    expect(first.created).toBe(true);
    expect(first.password).toBeTruthy();
    expect(readFileSync(first.credentialsFile!, "utf8")).toContain(first.password!);
    expect(statSync(first.credentialsFile!).mode & 0o077).toBe(0);
    expect((await authenticate(db.prisma, { email: first.email, password: first.password })).ok).toBe(true);
    const again = await ensureFirstAdmin(db.prisma, { dataRoot: dir, password: "another-password-9" });
    expect(again).toMatchObject({ created: false, email: first.email, passwordSource: "existing" });
    expect(await db.prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
