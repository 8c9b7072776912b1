// Bulk changes on both engines: each change audited per item with the single-item event, all or nothing when
// one id is bad, items already so skipped and counted, viewers and contributors refused with nothing written,
// institution assignments (single and bulk) tell the institution's contributors, and racing steps lose nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, seededWithUsers } from "@/lib/test/fixtures";
import { execute } from "@/lib/actions/command";
import { findActiveUser } from "@/lib/users/queries";
import { verifyTables } from "@/lib/audit/verify-tables";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { setActive } from "@/lib/users/admin-mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { setOwner } from "@/lib/owners/mutations";
import { SetOwnerSchema } from "@/lib/owners/schema";
import { deadlines } from "@/lib/owners/queries";
import { bulkAssignInstitutionAction, bulkAssignOwnerAction, bulkSetTargetDateAction } from "./actions";
import { bulkAssignInstitution, bulkAssignOwner, bulkSetTargetDate } from "./mutations";
import { BulkInstitutionSchema, BulkOwnerSchema, BulkTargetDateSchema, MAX_BULK } from "./schema";

describe(`bulk changes on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let recs: string[]; // kz-2011 in report order
  let cec: string;
  let other: string;
  let cora: string; // CEC contributor
  let carl: string; // CEC contributor, deactivated
  let otto: string; // contributor of another institution
  const missing = "c" + "x".repeat(24);
  const events = (after: number, where: Record<string, unknown> = {}) =>
    db.prisma.auditEvent.findMany({ where: { seq: { gt: after }, ...where }, orderBy: { seq: "asc" } });
  const lastSeq = async () => (await db.prisma.auditEvent.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
  const form = (o: Record<string, string | string[]>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(o)) for (const x of [v].flat()) f.append(k, x);
    return f;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    recs = (
      await db.prisma.recommendation.findMany({
        where: { cycle: { slug: "kz-2011" } },
        orderBy: { order: "asc" },
        select: { id: true },
      })
    ).map((r) => r.id);
    cec = (
      await db.prisma.institution.findUniqueOrThrow({
        where: { name: "Central Election Commission of the Republic of Kazakhstan" },
      })
    ).id;
    const made = await createInstitution(db.prisma, u.actor(u.admin), { name: "Bulk test ministry" });
    if (made.kind !== "ok") throw new Error("setup");
    other = made.value.id;
    cora = (await makeContributor(db, cec, "Cora Contributor"))!.id;
    carl = (await makeContributor(db, cec, "Carl Contributor"))!.id;
    await setActive(db.prisma, u.actor(u.admin), { userId: carl, active: false, reason: "left" });
    otto = (await makeContributor(db, other, "Otto Other"))!.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("assigns an owner: one assign-owner event per changed item, already-so counted, one notification", async () => {
    const ed = u.actor(u.editor);
    const one = await setOwner(db.prisma, ed, SetOwnerSchema.parse({ id: recs[0], version: "1", ownerId: u.admin.id }));
    expect(one.kind).toBe("ok");
    const before = await lastSeq();
    const out = await bulkAssignOwner(
      db.prisma,
      ed,
      BulkOwnerSchema.parse({ recommendationIds: recs.slice(0, 3), ownerId: u.admin.id }),
    );
    expect(out).toEqual({ kind: "ok", value: { id: u.admin.id, changed: 2, already: 1 } });
    const added = await events(before);
    expect(added.map((e) => [e.entityType, e.action, e.entityId])).toEqual(
      recs.slice(1, 3).map((id) => ["Recommendation", "assign-owner", id]),
    );
    // The same event as one by one: only the owner and the version.
    for (const e of added) expect(Object.keys(e.changes as object).sort()).toEqual(["ownerId", "version"]);
    const rows = await db.prisma.recommendation.findMany({ where: { id: { in: recs.slice(0, 3) } } });
    expect(rows.every((r) => r.ownerId === u.admin.id)).toBe(true);
    const notes = await db.prisma.notification.findMany({
      where: { userId: u.admin.id, kind: "ASSIGNMENT" },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.map((n) => n.text)).toEqual([
      "Eve Editor made you the owner of 2011 · recommendation " +
        (await db.prisma.recommendation.findUniqueOrThrow({ where: { id: recs[0] } })).label +
        ".",
      "Eve Editor made you the owner of 2 recommendations.",
    ]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("writes nothing when one id is unknown, repeated, or too many; refuses an owner who may not own", async () => {
    const before = await lastSeq();
    const notes = await db.prisma.notification.count();
    const unknown = await bulkAssignOwner(
      db.prisma,
      u.actor(u.editor),
      BulkOwnerSchema.parse({ recommendationIds: [recs[3]!, recs[4]!, missing], ownerId: u.editor2.id }),
    );
    expect(unknown).toEqual({
      kind: "invalid",
      fieldErrors: { recommendationIds: ["A selected recommendation does not exist any more: reload the list"] },
    });
    const viewerOwner = await bulkAssignOwner(
      db.prisma,
      u.actor(u.editor),
      BulkOwnerSchema.parse({ recommendationIds: [recs[3]!], ownerId: u.viewer.id }),
    );
    expect(viewerOwner.kind).toBe("invalid");
    const dup = BulkOwnerSchema.safeParse({ recommendationIds: [recs[3], recs[3]], ownerId: u.editor2.id });
    expect(dup.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["recommendationIds", "Each recommendation can be selected only once"],
    ]);
    const many = Array.from({ length: MAX_BULK + 1 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    expect(
      BulkOwnerSchema.safeParse({ recommendationIds: many, ownerId: u.editor2.id }).error?.issues[0]?.message,
    ).toBe(`Select at most ${MAX_BULK} recommendations`);
    expect(BulkOwnerSchema.safeParse({ ownerId: u.editor2.id }).error?.issues[0]?.message).toBe(
      "Select at least one recommendation",
    );
    // Through the action: one message on the field, nothing written.
    const { state } = await execute(
      bulkAssignInstitutionAction.command as never,
      await findActiveUser(u.editor.id),
      form({ recommendationIds: [recs[3]!, missing], institutionId: other, date: "2012" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { recommendationIds: ["A selected recommendation does not exist any more: reload the list"] },
    });
    expect(await lastSeq()).toBe(before);
    expect(await db.prisma.notification.count()).toBe(notes);
    expect(
      await db.prisma.recommendation.count({ where: { id: { in: recs.slice(3, 5) }, ownerId: { not: null } } }),
    ).toBe(0);
    expect(await db.prisma.recommendationInstitution.count({ where: { institutionId: other } })).toBe(0);
  });

  it("refuses viewers, contributors and the signed-out for every bulk change, writing nothing", async () => {
    const before = await lastSeq();
    const forms = [
      [bulkAssignOwnerAction, { recommendationIds: recs[5]!, ownerId: u.editor.id }],
      [bulkAssignInstitutionAction, { recommendationIds: recs[5]!, institutionId: other, date: "2012" }],
      [
        bulkSetTargetDateAction,
        { recommendationIds: recs[5]!, date: "2012", targetDate: "2013-01-31", nextStep: "Adopt the law" },
      ],
    ] as const;
    for (const who of [u.viewer.id, cora, null])
      for (const [a, f] of forms) {
        const user = who ? await findActiveUser(who) : null;
        const { state } = await execute(a.command as never, user, form(f));
        expect(state).toMatchObject({
          status: "error",
          message: "You do not have permission to do this. Nothing was saved.",
        });
      }
    expect(await lastSeq()).toBe(before);
    // An editor may: the same forms succeed.
    for (const [a, f] of forms) {
      const { state } = await execute(a.command as never, await findActiveUser(u.editor.id), form(f));
      expect(state.status, JSON.stringify(state)).toBe("ok");
    }
    expect((await events(before)).map((e) => [e.entityType, e.action])).toEqual([
      ["Recommendation", "assign-owner"],
      ["RecommendationInstitution", "assign"],
      ["FollowUp", "create"],
    ]);
    // The other institution's contributor is told of its assignment (only after the editor's step).
    const label5 = (await db.prisma.recommendation.findUniqueOrThrow({ where: { id: recs[5] } })).label;
    expect((await db.prisma.notification.findMany({ where: { userId: otto } })).map((n) => n.text)).toEqual([
      `Eve Editor assigned 2011 · recommendation ${label5} to Bulk test ministry.`,
    ]);
  });

  it("assigns an institution per item and tells its active contributors once per step (and one by one)", async () => {
    const ed = u.actor(u.editor);
    const single = await assignInstitution(
      db.prisma,
      ed,
      AssignmentSchema.parse({ recommendationId: recs[6], institutionId: cec, date: "2011-06" }),
    );
    expect(single.kind).toBe("ok");
    const label6 = (await db.prisma.recommendation.findUniqueOrThrow({ where: { id: recs[6] } })).label;
    const before = await lastSeq();
    const out = await bulkAssignInstitution(
      db.prisma,
      ed,
      BulkInstitutionSchema.parse({ recommendationIds: recs.slice(6, 10), institutionId: cec, date: "2011-07" }),
    );
    expect(out).toEqual({ kind: "ok", value: { id: cec, changed: 3, already: 1 } });
    const added = await events(before);
    expect(added.map((e) => [e.entityType, e.action, e.recommendationId])).toEqual(
      recs.slice(7, 10).map((id) => ["RecommendationInstitution", "assign", id]),
    );
    expect(added[0]!.changes).toMatchObject({ datePrecision: { from: null, to: "MONTH" } });
    const told = await db.prisma.notification.findMany({
      where: { kind: "ASSIGNMENT", userId: { in: [cora, carl] } },
    });
    expect(told.map((n) => [n.userId, n.text, n.recommendationId])).toEqual([
      [
        cora,
        `Eve Editor assigned 2011 · recommendation ${label6} to ${"Central Election Commission of the Republic of Kazakhstan"}.`,
        recs[6],
      ],
      [
        cora,
        "Eve Editor assigned 3 recommendations to Central Election Commission of the Republic of Kazakhstan.",
        null,
      ],
    ]);
    // Nothing new: no event, nobody told.
    const again = await bulkAssignInstitution(
      db.prisma,
      ed,
      BulkInstitutionSchema.parse({ recommendationIds: recs.slice(6, 10), institutionId: cec, date: "2011-07" }),
    );
    expect(again).toEqual({ kind: "ok", value: { id: cec, changed: 0, already: 4 } });
    expect(await db.prisma.notification.count({ where: { userId: cora } })).toBe(2);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("sets a target date as one follow-up entry per item, listed by /deadlines when overdue", async () => {
    const ed = u.actor(u.editor);
    const ids = recs.slice(10, 12);
    const input = BulkTargetDateSchema.parse({
      recommendationIds: ids,
      date: "2013-02-01",
      targetDate: "2013-06-30",
      nextStep: "Adopt the amendments",
      institutionId: cec,
    });
    const before = await lastSeq();
    expect(await bulkSetTargetDate(db.prisma, ed, input)).toEqual({
      kind: "ok",
      value: { id: "2013-06-30", changed: 2, already: 0 },
    });
    const added = await events(before);
    expect(added.map((e) => [e.entityType, e.action, e.recommendationId])).toEqual(
      ids.map((id) => ["FollowUp", "create", id]),
    );
    expect(added[0]!.changes).toMatchObject({
      targetDate: { to: "2013-06-30T00:00:00.000Z" },
      nextStep: { to: "Adopt the amendments" },
      institutionId: { to: cec },
    });
    const overdue = await deadlines("overdue", { today: new Date("2014-01-10T00:00:00.000Z"), ids });
    expect(overdue.map((d) => [d.recommendationId, d.nextStep, d.institution])).toEqual(
      ids.map((id) => [id, "Adopt the amendments", "Central Election Commission of the Republic of Kazakhstan"]),
    );
    // Already so: skipped, counted, nothing recorded; a new date for one of them is one entry.
    const again = await bulkSetTargetDate(db.prisma, ed, input);
    expect(again).toEqual({ kind: "ok", value: { id: "2013-06-30", changed: 0, already: 2 } });
    const mixed = await bulkSetTargetDate(
      db.prisma,
      ed,
      BulkTargetDateSchema.parse({
        ...Object.fromEntries([]),
        recommendationIds: ids,
        date: "2013-03-01",
        targetDate: "2013-06-30",
        nextStep: "x",
      }),
    );
    expect(mixed).toMatchObject({ kind: "ok", value: { changed: 0, already: 2 } });
    // Dated before the entry that sets the target now, a new entry would not move it: refused, nothing written.
    const seq = await lastSeq();
    const hidden = await bulkSetTargetDate(
      db.prisma,
      ed,
      BulkTargetDateSchema.parse({
        recommendationIds: ids,
        date: "2012-05",
        targetDate: "2013-12-31",
        nextStep: "Later",
      }),
    );
    expect(hidden).toMatchObject({ kind: "invalid", fieldErrors: { date: [expect.stringMatching(/later date/)] } });
    expect(await lastSeq()).toBe(seq);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("racing steps lose no event: two bulk steps, then a stale single edit is a conflict, not an overwrite", async () => {
    const ids = recs.slice(12, 14);
    const before = await lastSeq();
    const versions = await db.prisma.recommendation.findMany({ where: { id: { in: ids } }, select: { version: true } });
    const [a, b] = await Promise.all([
      bulkAssignOwner(
        db.prisma,
        u.actor(u.editor),
        BulkOwnerSchema.parse({ recommendationIds: ids, ownerId: u.editor.id }),
      ),
      bulkAssignOwner(
        db.prisma,
        u.actor(u.admin),
        BulkOwnerSchema.parse({ recommendationIds: ids, ownerId: u.admin.id }),
      ),
    ]);
    expect([a.kind, b.kind]).toEqual(["ok", "ok"]);
    const added = await events(before);
    expect(added).toHaveLength(4); // each step changed each item: four events, in one order per item
    const rows = await db.prisma.recommendation.findMany({ where: { id: { in: ids } } });
    for (const r of rows) expect(r.version).toBe(versions[0]!.version + 2);
    // A form opened before both steps, choosing a third owner: both sides changed the owner differently.
    const stale = await setOwner(
      db.prisma,
      u.actor(u.editor2),
      SetOwnerSchema.parse({ id: ids[0], version: String(versions[0]!.version), ownerId: u.editor2.id }),
    );
    expect(stale.kind).toBe("conflict");
    expect(await lastSeq()).toBe(added.at(-1)!.seq);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("a single edit racing a bulk step is saved before it or refused as a conflict, never overwritten", async () => {
    const id = recs[14]!;
    const before = await lastSeq();
    const opened = (await db.prisma.recommendation.findUniqueOrThrow({ where: { id } })).version;
    const [bulk, single] = await Promise.all([
      bulkAssignOwner(
        db.prisma,
        u.actor(u.admin),
        BulkOwnerSchema.parse({ recommendationIds: [id], ownerId: u.admin.id }),
      ),
      setOwner(
        db.prisma,
        u.actor(u.editor2),
        SetOwnerSchema.parse({ id, version: String(opened), ownerId: u.editor2.id }),
      ),
    ]);
    expect(bulk.kind).toBe("ok");
    expect(["ok", "conflict"]).toContain(single.kind);
    const added = await events(before, { entityId: id });
    // Every saved change has its event; the row holds the last one's owner.
    expect(added).toHaveLength(single.kind === "ok" ? 2 : 1);
    const last = added.at(-1)!.changes as { ownerId: { to: string } };
    const row = await db.prisma.recommendation.findUniqueOrThrow({ where: { id } });
    expect(row.ownerId).toBe(last.ownerId.to);
    expect(row.version).toBe(opened + added.length);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
