// Pending invitations: listed for administrators and revocable; a revoked link stops working.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { verifyTables } from "@/lib/audit/verify-tables";
import type { Actor } from "@/lib/audit/record";
import { acceptInvite, createInvite, findInvite, revokeInvite } from "./admin-mutations";
import { createUser } from "./mutations";
import { listPendingInvites } from "./queries";

describe(`invitation revocation on ${testEngine}`, () => {
  let db: Database;
  let admin: Actor;
  const t0 = new Date("2026-05-01T08:00:00Z");

  beforeAll(async () => {
    db = await createTestDatabase();
    const a = await createUser(db.prisma, {
      email: "ines@invites.example",
      name: "Ines Admin",
      role: "ADMIN",
      password: "admin-password-1",
    });
    admin = { id: a.id, label: a.name };
  });
  afterAll(async () => {
    await db?.close();
  });

  const invite = async (email: string) => {
    const r = await createInvite(db.prisma, admin, { email, role: "EDITOR" }, t0);
    if (r.kind !== "ok") throw new Error(JSON.stringify(r));
    return r.value;
  };

  it("lists pending invitations with who invited, when, role and expiry, never the token", async () => {
    const kept = await invite("kept@invites.example");
    const used = await invite("used@invites.example");
    await acceptInvite(
      db.prisma,
      { token: used.token, name: "Used", password: "a-good-password-1", confirm: "a-good-password-1" },
      t0,
    );
    const pending = await listPendingInvites(t0, db.prisma);
    expect(pending).toEqual([
      {
        id: kept.id,
        email: "kept@invites.example",
        role: "EDITOR",
        createdAt: expect.any(Date),
        expiresAt: kept.expiresAt,
        createdBy: { name: "Ines Admin" },
      },
    ]);
    expect(await listPendingInvites(kept.expiresAt, db.prisma)).toEqual([]);
  });

  it("revokes: the link stops working, the event is audited, and a second revoke finds nothing", async () => {
    const inv = await invite("revoked@invites.example");
    expect(await findInvite(db.prisma, inv.token, t0)).not.toBeNull();
    expect((await revokeInvite(db.prisma, admin, { id: inv.id }, t0)).kind).toBe("ok");
    expect(await findInvite(db.prisma, inv.token, t0)).toBeNull();
    const accepted = await acceptInvite(
      db.prisma,
      { token: inv.token, name: "Too Late", password: "a-good-password-2", confirm: "a-good-password-2" },
      t0,
    );
    expect(accepted).toMatchObject({ kind: "invalid", fieldErrors: { token: [expect.stringMatching(/no longer/)] } });
    expect(await db.prisma.user.count({ where: { email: "revoked@invites.example" } })).toBe(0);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: inv.id, action: "revoke" } });
    expect(ev).toMatchObject({
      entityType: "Invite",
      actorId: admin.id,
      changes: { revokedAt: { from: null, to: t0.toISOString() } },
    });
    expect((await revokeInvite(db.prisma, admin, { id: inv.id }, t0)).kind).toBe("not-found");
    expect((await listPendingInvites(t0, db.prisma)).map((i) => i.email)).not.toContain("revoked@invites.example");
  });

  it("does not revoke an invitation already used", async () => {
    const inv = await invite("taken@invites.example");
    const pw = "a-good-password-3";
    expect(
      (await acceptInvite(db.prisma, { token: inv.token, name: "Taken", password: pw, confirm: pw }, t0)).kind,
    ).toBe("ok");
    expect((await revokeInvite(db.prisma, admin, { id: inv.id }, t0)).kind).toBe("not-found");
  });

  it("keeps the audit log and the tables in agreement (revokedAt is replayed)", async () => {
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
