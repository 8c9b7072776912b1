// Contributors in the discussion: a focal point reads, writes and is mentioned on the recommendations assigned
// to their institution, and only while it is assigned; their mention notifications follow the same rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { verifyTables } from "@/lib/audit/verify-tables";
import { assignInstitution, createInstitution, unassignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema, NewInstitutionSchema, UnassignmentSchema } from "@/lib/institutions/schema";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { queueDigests } from "@/lib/notifications/digest";
import { openNotification } from "@/lib/notifications/mutations";
import { myWork } from "@/lib/owners/queries";
import { addComment, editComment } from "./mutations";
import { discussionOf } from "./queries";
import { EditCommentSchema, NewCommentSchema } from "./schema";

const T0 = new Date("2026-11-30T10:00:00.000Z");

describe(`contributors in the discussion on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string; // assigned to the CEC (Cora's institution)
  let other: string; // assigned to the ministry (Omar's) only
  let cec: string;
  type Focal = { id: string; name: string; email: string; role: "CONTRIBUTOR"; institutionId: string };
  let cora: Focal;
  let omar: Focal;
  const post = (who: { id: string; name: string }, recommendation: string, body: string) =>
    addComment(db.prisma, u.actor(who), NewCommentSchema.parse({ recommendationId: recommendation, body }), {
      now: T0,
      email: false,
    });
  const mentionsOf = (userId: string) => db.prisma.notification.findMany({ where: { userId, kind: "MENTION" } });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "3(a)");
    other = await recommendationId(db, "kz-2011", "7(a)");
    // Through the real mutations, so the tables still equal the replay of the log.
    const institution = async (name: string) => {
      const made = await createInstitution(db.prisma, u.actor(u.admin), NewInstitutionSchema.parse({ name }));
      if (made.kind !== "ok") throw new Error(JSON.stringify(made));
      return made.value.id!;
    };
    cec = await institution("Test Commission of Elections");
    const ministry = await institution("Test Ministry of Justice");
    const assign = async (recommendation: string, institutionId: string) =>
      expect(
        await assignInstitution(
          db.prisma,
          u.actor(u.admin),
          AssignmentSchema.parse({ recommendationId: recommendation, institutionId, date: "2011-06" }),
        ),
      ).toMatchObject({ kind: "ok" });
    await assign(rec, cec);
    await assign(other, ministry);
    const c = (await makeContributor(db, cec, "Cora Contributor"))!;
    const o = (await makeContributor(db, ministry, "Omar Other"))!;
    cora = { id: c.id, name: c.name, email: c.email, role: "CONTRIBUTOR", institutionId: cec };
    omar = { id: o.id, name: o.name, email: o.email, role: "CONTRIBUTOR", institutionId: ministry };
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lets a contributor comment on an assigned recommendation and be mentioned there", async () => {
    const asked = await post(u.editor, rec, "@[Cora Contributor], can the CEC send the decree?");
    expect(asked.kind).toBe("ok");
    expect((await mentionsOf(cora.id)).map((n) => n.text)).toEqual([
      "Eve Editor mentioned you in the discussion of 2011 · recommendation 3(a): “@Cora Contributor, can the CEC " +
        "send the decree?”",
    ]);
    const replied = await post(cora, rec, "Yes, @[Eve Editor]: it is attached to the follow-up.");
    expect(replied.kind).toBe("ok");
    expect((await mentionsOf(u.editor.id)).length).toBe(1);
    const seen = await discussionOf(rec, cora, T0);
    expect(seen?.comments.map((c) => c.author)).toEqual(["Eve Editor", "Cora Contributor"]);
    // Her own comment is hers to correct within the window; the picker offers staff and her, not Omar.
    expect(seen?.comments[1]!.edit?.body).toBe("Yes, @[Eve Editor]: it is attached to the follow-up.");
    expect(seen?.people.map((p) => p.label)).toEqual(["Ada Admin", "Cora Contributor", "Ed Second", "Eve Editor"]);
    expect((await discussionOf(rec, { id: u.editor.id, role: "EDITOR" }, T0))?.people.map((p) => p.label)).toEqual([
      "Ada Admin",
      "Cora Contributor",
      "Ed Second",
      "Eve Editor",
    ]);
    expect(await verifyTables(db.prisma)).toMatchObject({ problems: [] });
  });

  it("refuses a contributor's comment on another institution's recommendation as if it did not exist", async () => {
    const comments = await db.prisma.comment.count();
    const events = await db.prisma.auditEvent.count();
    expect(await post(cora, other, "Let me in")).toEqual({
      kind: "not-found",
      message: "This recommendation does not exist.",
    });
    expect(await db.prisma.comment.count()).toBe(comments);
    expect(await db.prisma.auditEvent.count()).toBe(events);
    expect(await discussionOf(other, cora, T0)).toBeNull();
    // A viewer never sees a discussion; Omar sees his own recommendation's.
    expect(await discussionOf(rec, { id: u.viewer.id, role: "VIEWER" }, T0)).toBeNull();
    expect(await discussionOf(other, omar, T0)).not.toBeNull();
  });

  it("does not take a contributor of another institution for a mention (no notification)", async () => {
    for (const who of [u.editor, cora]) {
      const refused = await post(who, rec, "What does @[Omar Other] think?");
      expect(refused).toEqual({
        kind: "invalid",
        fieldErrors: {
          body: ["No one who takes part in the discussion is called “Omar Other”: choose a name from the Mention list"],
        },
      });
    }
    expect(await mentionsOf(omar.id)).toEqual([]);
    expect((await discussionOf(rec, cora, T0))?.comments.length).toBe(2);
  });

  it("hides the thread and the mention from the contributor once the institution is unassigned", async () => {
    const mine = await db.prisma.comment.findFirstOrThrow({ where: { authorId: cora.id } });
    const [note] = await mentionsOf(cora.id);
    const text = note!.text;
    expect((await listNotifications(cora, 1)).items.map((n) => n.text)).toContain(text);
    const unread = await unreadCount(cora);
    expect((await myWork(cora, { today: T0 })).mentions.map((m) => m.text)).toEqual([text]);

    const gone = await unassignInstitution(
      db.prisma,
      u.actor(u.admin),
      UnassignmentSchema.parse({ recommendationId: rec, institutionId: cec }),
    );
    expect(gone.kind).toBe("ok");
    expect(await discussionOf(rec, cora, T0)).toBeNull();
    expect((await listNotifications(cora, 1)).items.map((n) => n.text)).not.toContain(text);
    expect(await unreadCount(cora)).toBe(unread - 1);
    expect((await myWork(cora, { today: T0 })).mentions).toEqual([]);
    expect(await openNotification(cora, note!.id)).toBeNull();
    // Nor can she write there any more, or correct her comment (still within the window).
    expect((await post(cora, rec, "Still here?")).kind).toBe("not-found");
    const edited = await editComment(
      db.prisma,
      u.actor(cora),
      EditCommentSchema.parse({ id: mine.id, body: "Changed" }),
      { now: T0, email: false },
    );
    expect(edited).toEqual({ kind: "not-found", message: "This comment does not exist." });
    // She is no longer offered in the picker; the editors still see the thread and her name in it.
    const staff = await discussionOf(rec, { id: u.editor.id, role: "EDITOR" }, T0);
    expect(staff?.people.map((p) => p.label)).toEqual(["Ada Admin", "Ed Second", "Eve Editor"]);
    expect(staff?.comments.map((c) => c.author)).toEqual(["Eve Editor", "Cora Contributor"]);
    // Other notifications stay hers; the editor's mention stays the editor's.
    expect((await listNotifications({ id: u.editor.id, role: "EDITOR" }, 1)).items.length).toBe(1);
  });

  it("leaves such a mention out of the daily digest while hidden, and brings it back when reassigned", async () => {
    await db.prisma.notificationPreference.create({ data: { userId: cora.id, kind: "MENTION", delivery: "DIGEST" } });
    const mails = () => db.prisma.emailOutbox.findMany({ where: { userId: cora.id } });
    await queueDigests(db.prisma, { email: true, now: T0 });
    expect(await mails()).toEqual([]);
    const back = await assignInstitution(
      db.prisma,
      u.actor(u.admin),
      AssignmentSchema.parse({ recommendationId: rec, institutionId: cec, date: "2011-06" }),
    );
    expect(back.kind).toBe("ok");
    await queueDigests(db.prisma, { email: true, now: T0 });
    const [mail] = await mails();
    expect(mail?.body).toContain("can the CEC send the decree?");
    expect((await myWork(cora, { today: T0 })).mentions.length).toBe(1);
  });
});
