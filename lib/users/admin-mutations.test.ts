import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { acceptInvite, changeRole, createInvite, findInvite, setActive } from "./admin-mutations";
import { authenticate } from "./mutations";

describe(`user administration on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("changes a role and records it as a security event", async () => {
    expect(
      (
        await changeRole(db.prisma, u.actor(u.admin), {
          userId: u.viewer.id,
          role: "EDITOR",
          reason: "Joined the team",
        })
      ).kind,
    ).toBe("ok");
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: u.viewer.id, action: "role-change" } });
    expect(ev.changes).toEqual({ role: { from: "VIEWER", to: "EDITOR" } });
    await changeRole(db.prisma, u.actor(u.admin), { userId: u.viewer.id, role: "VIEWER" });
  });

  it("never removes the last active admin, even with two admins acting at once", async () => {
    expect(
      (await setActive(db.prisma, u.actor(u.admin), { userId: u.admin.id, active: false, reason: "x" })).kind,
    ).toBe("invalid");
    expect((await changeRole(db.prisma, u.actor(u.admin), { userId: u.admin.id, role: "EDITOR" })).kind).toBe(
      "invalid",
    );
    await changeRole(db.prisma, u.actor(u.admin), { userId: u.editor.id, role: "ADMIN" });
    const both = await Promise.all([
      setActive(db.prisma, u.actor(u.admin), { userId: u.editor.id, active: false, reason: "race" }),
      setActive(db.prisma, u.actor(u.editor), { userId: u.admin.id, active: false, reason: "race" }),
    ]);
    expect(both.map((r) => r.kind).sort()).toEqual(["invalid", "ok"]);
    expect(await db.prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("deactivation blocks sign-in at once; reactivation restores it", async () => {
    await setActive(db.prisma, u.actor(u.admin), { userId: u.editor2.id, active: false, reason: "Left" });
    expect((await authenticate(db.prisma, { email: u.editor2.email, password: "test-password-123" })).ok).toBe(false);
    await setActive(db.prisma, u.actor(u.admin), { userId: u.editor2.id, active: true, reason: "Back" });
    expect((await authenticate(db.prisma, { email: u.editor2.email, password: "test-password-123" })).ok).toBe(true);
  });

  it("invitations are single-use, expire, and refuse existing emails", async () => {
    expect((await createInvite(db.prisma, u.actor(u.admin), { email: u.viewer.email, role: "VIEWER" })).kind).toBe(
      "invalid",
    );
    const inv = await createInvite(db.prisma, u.actor(u.admin), { email: "New.Person@Test.example", role: "EDITOR" });
    if (inv.kind !== "ok") throw new Error("invite");
    expect(await findInvite(db.prisma, inv.value.token)).toEqual({
      email: "new.person@test.example",
      role: "EDITOR",
      institution: null,
    });
    const stored = await db.prisma.invite.findFirstOrThrow({ where: { id: inv.value.id } });
    expect(stored.tokenHash).not.toContain(inv.value.token);
    const accept = {
      token: inv.value.token,
      name: "New Person",
      password: "a-long-password-1",
      confirm: "a-long-password-1",
    };
    expect((await acceptInvite(db.prisma, accept)).kind).toBe("ok");
    expect((await acceptInvite(db.prisma, accept)).kind).toBe("invalid");
    expect(
      (await authenticate(db.prisma, { email: "new.person@test.example", password: "a-long-password-1" })).ok,
    ).toBe(true);
    const late = await createInvite(
      db.prisma,
      u.actor(u.admin),
      { email: "late@test.example", role: "VIEWER" },
      new Date("2020-01-01"),
    );
    if (late.kind !== "ok") throw new Error("invite");
    expect(await findInvite(db.prisma, late.value.token)).toBeNull();
    expect((await acceptInvite(db.prisma, { ...accept, token: late.value.token })).kind).toBe("invalid");
  });
});
