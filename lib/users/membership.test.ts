// Institution membership and the contributor role, through the real mutations: a contributor needs an active
// institution; role and institution change together in one audited event; an invitation carries both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { verifyTables } from "@/lib/audit/verify-tables";
import { acceptInvite, changeRole, createInvite } from "./admin-mutations";
import { ChangeRoleSchema, InviteSchema } from "./schema";

describe(`institution membership on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let cec: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
    cec = (
      await db.prisma.institution.findUniqueOrThrow({
        where: { name: "Central Election Commission of the Republic of Kazakhstan" },
      })
    ).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("a contributor needs an institution: the form says so, and an inactive or unknown one is refused", async () => {
    const none = ChangeRoleSchema.safeParse({ userId: u.viewer.id, role: "CONTRIBUTOR", institutionId: "" });
    expect(none.success ? null : none.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["institutionId", "A contributor belongs to an institution: choose it"],
    ]);
    const closed = await db.prisma.institution.create({ data: { name: "Closed body", active: false } });
    const before = await db.prisma.auditEvent.count();
    for (const institutionId of [closed.id, "z".repeat(25)]) {
      const r = await changeRole(
        db.prisma,
        u.actor(u.admin),
        ChangeRoleSchema.parse({ userId: u.viewer.id, role: "CONTRIBUTOR", institutionId }),
      );
      expect(r).toEqual({ kind: "invalid", fieldErrors: { institutionId: ["Choose an institution from the list"] } });
    }
    expect(await db.prisma.auditEvent.count()).toBe(before);
    await db.prisma.institution.delete({ where: { id: closed.id } });
  });

  it("records role and institution together, and ends the user's sessions", async () => {
    const epoch = (await db.prisma.user.findUniqueOrThrow({ where: { id: u.viewer.id } })).sessionEpoch;
    const r = await changeRole(
      db.prisma,
      u.actor(u.admin),
      ChangeRoleSchema.parse({ userId: u.viewer.id, role: "CONTRIBUTOR", institutionId: cec, reason: "Focal point" }),
    );
    expect(r.kind).toBe("ok");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: u.viewer.id } });
    expect([user.role, user.institutionId, user.sessionEpoch]).toEqual(["CONTRIBUTOR", cec, epoch + 1]);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: u.viewer.id, action: "role-change" },
      orderBy: { seq: "desc" },
    });
    expect(ev.changes).toEqual({
      role: { from: "VIEWER", to: "CONTRIBUTOR" },
      institutionId: { from: null, to: cec },
    });
    // Saving the same role and institution again changes nothing and records nothing.
    const count = await db.prisma.auditEvent.count();
    await changeRole(
      db.prisma,
      u.actor(u.admin),
      ChangeRoleSchema.parse({ userId: u.viewer.id, role: "CONTRIBUTOR", institutionId: cec }),
    );
    expect(await db.prisma.auditEvent.count()).toBe(count);
  });

  it("an invitation carries the institution to the account it creates", async () => {
    const inv = await createInvite(
      db.prisma,
      u.actor(u.admin),
      InviteSchema.parse({ email: "focal.point@test.example", role: "CONTRIBUTOR", institutionId: cec }),
    );
    if (inv.kind !== "ok") throw new Error(JSON.stringify(inv));
    const done = await acceptInvite(db.prisma, {
      token: inv.value.token,
      name: "Focal Point",
      password: "a-long-unusual-passphrase-42",
      confirm: "a-long-unusual-passphrase-42",
    });
    expect(done.kind).toBe("ok");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "focal.point@test.example" } });
    expect([user.role, user.institutionId]).toEqual(["CONTRIBUTOR", cec]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
