import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { resolveAuditNames } from "@/lib/audit/names";
import { readableEvent } from "@/lib/audit/readable";
import { verifyTables } from "@/lib/audit/verify-tables";
import { recommendationHistory } from "@/lib/history/timeline";
import { addComment, editComment } from "./mutations";
import { discussionOf } from "./queries";
import { EditCommentSchema, NewCommentSchema } from "./schema";

const T0 = new Date("2026-11-30T10:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe(`comments on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  const post = (body: string, who = u.editor, now = T0) =>
    addComment(db.prisma, u.actor(who), NewCommentSchema.parse({ recommendationId: rec, body }), { now, email: false });
  const edit = (id: string, body: string, who = u.editor, now = T0) =>
    editComment(db.prisma, u.actor(who), EditCommentSchema.parse({ id, body }), { now, email: false });
  const mentionsOf = (userId: string) =>
    db.prisma.notification.findMany({ where: { userId, kind: "MENTION" }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "3(a)");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("stores mentions as user ids, audits the comment and notifies the people mentioned (not the author)", async () => {
    const before = await db.prisma.auditEvent.count();
    const done = await post("Please check the CEC reply, @[Ada Admin] and @[Eve Editor].");
    expect(done.kind).toBe("ok");
    const id = done.kind === "ok" ? done.value.id : "";
    const row = await db.prisma.comment.findUniqueOrThrow({ where: { id } });
    expect(row.body).toBe(`Please check the CEC reply, <@${u.admin.id}> and <@${u.editor.id}>.`);
    expect(row.mentionIds).toEqual([u.admin.id, u.editor.id]);
    expect(row.authorId).toBe(u.editor.id);

    const events = await db.prisma.auditEvent.findMany({ where: { seq: { gt: before } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => `${e.entityType}.${e.action}`)).toEqual(["Comment.create"]);
    expect(events[0]!.recommendationId).toBe(rec);
    // The audit page says it in words, with names for the mentions.
    const names = await resolveAuditNames(
      db.prisma,
      events.map((e) => ({ ...e, seq: e.seq })),
    );
    const entry = readableEvent(events[0]!, names);
    expect(entry.record).toBe("Comment");
    expect(entry.what).toBe("Created");
    expect(entry.lines).toEqual([
      { field: "body", label: "Comment", to: "Please check the CEC reply, @Ada Admin and @Eve Editor." },
      { field: "mentionIds", label: "Mentioned", to: "Ada Admin, Eve Editor" },
    ]);

    const toAdmin = await mentionsOf(u.admin.id);
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.recommendationId).toBe(rec);
    expect(toAdmin[0]!.text).toBe(
      "Eve Editor mentioned you in the discussion of 2011 · recommendation 3(a): “Please check the CEC reply, @Ada Admin and @Eve Editor.”",
    );
    expect(await mentionsOf(u.editor.id)).toHaveLength(0);
  });

  it("refuses a mention of nobody (or of a viewer) and writes nothing", async () => {
    const [comments, events, notes] = [
      await db.prisma.comment.count(),
      await db.prisma.auditEvent.count(),
      await db.prisma.notification.count(),
    ];
    const done = await post("@[Nobody Here] and @[Vic Viewer], see this");
    expect(done).toEqual({
      kind: "invalid",
      fieldErrors: {
        body: [
          "No one who takes part in the discussion is called “Nobody Here”: choose a name from the Mention list",
          "No one who takes part in the discussion is called “Vic Viewer”: choose a name from the Mention list",
        ],
      },
    });
    expect(await db.prisma.comment.count()).toBe(comments);
    expect(await db.prisma.auditEvent.count()).toBe(events);
    expect(await db.prisma.notification.count()).toBe(notes);
  });

  it("lets the author edit for 15 minutes (clock injected), then keeps the comment as written", async () => {
    const done = await post("First thoughts", u.editor, T0);
    const id = done.kind === "ok" ? done.value.id : "";
    const before = await db.prisma.auditEvent.count();
    // Someone else may not change it, even within the window.
    expect(await edit(id, "Hijacked", u.editor2, at(1))).toEqual({
      kind: "invalid",
      fieldErrors: { form: ["Only its author can change a comment."] },
    });
    // Within the window: changed, audited, the newly mentioned person notified.
    expect((await edit(id, "First thoughts, @[Ed Second]", u.editor, at(14))).kind).toBe("ok");
    const row = await db.prisma.comment.findUniqueOrThrow({ where: { id } });
    expect(row.body).toBe(`First thoughts, <@${u.editor2.id}>`);
    expect(row.editedAt?.toISOString()).toBe(at(14).toISOString());
    const events = await db.prisma.auditEvent.findMany({ where: { seq: { gt: before } } });
    expect(events.map((e) => `${e.entityType}.${e.action}`)).toEqual(["Comment.update"]);
    expect(events[0]!.changes).toEqual({
      body: { from: "First thoughts", to: `First thoughts, <@${u.editor2.id}>` },
      mentionIds: { from: [], to: [u.editor2.id] },
    });
    expect(await mentionsOf(u.editor2.id)).toHaveLength(1);
    // A second edit that keeps the mention notifies nobody again.
    expect((await edit(id, "First thoughts, @[Ed Second]!", u.editor, at(15))).kind).toBe("ok");
    expect(await mentionsOf(u.editor2.id)).toHaveLength(1);
    // After the window: refused, nothing written.
    const count = await db.prisma.auditEvent.count();
    expect(await edit(id, "Too late", u.editor, at(16))).toEqual({
      kind: "invalid",
      fieldErrors: {
        form: ["A comment can be changed for 15 minutes after it is posted; this one is now kept as written."],
      },
    });
    expect(await db.prisma.auditEvent.count()).toBe(count);
    expect((await db.prisma.comment.findUniqueOrThrow({ where: { id } })).body).toBe(
      `First thoughts, <@${u.editor2.id}>!`,
    );
  });

  it("shows names and the edit form only to the author within the window", async () => {
    const done = await post("Ask @[Ada Admin]", u.editor, at(100));
    const id = done.kind === "ok" ? done.value.id : "";
    const asAuthor = await discussionOf(rec, { id: u.editor.id, role: "EDITOR" }, at(105));
    const mine = asAuthor!.comments.find((c) => c.id === id)!;
    expect(mine.parts).toEqual([
      { kind: "text", text: "Ask " },
      { kind: "mention", name: "Ada Admin" },
    ]);
    expect(mine.edit?.body).toBe("Ask @[Ada Admin]");
    expect(mine.author).toBe("Eve Editor");
    const asOther = await discussionOf(rec, { id: u.admin.id, role: "ADMIN" }, at(105));
    expect(asOther!.comments.find((c) => c.id === id)!.edit).toBeNull();
    const later = await discussionOf(rec, { id: u.editor.id, role: "EDITOR" }, at(116));
    expect(later!.comments.find((c) => c.id === id)!.edit).toBeNull();
    expect(asAuthor!.people.map((p) => p.label)).toEqual(["Ada Admin", "Ed Second", "Eve Editor"]);
  });

  it("keeps comments out of the recommendation's public history; audit:verify checks the comments table", async () => {
    await post("Internal: @[Ada Admin] to look at this", u.editor, at(200));
    const history = await recommendationHistory(rec, {});
    expect(history.events.some((e) => e.entityType === "Comment")).toBe(false);
    // Nor for readers, whose history also leaves out drafts (the page passes hiddenTypes then).
    const readers = await recommendationHistory(rec, { hiddenTypes: ["FollowUpDraft"] });
    expect(readers.events.length).toBeGreaterThan(0);
    expect(readers.events.some((e) => e.entityType === "Comment")).toBe(false);
    const clean = await verifyTables(db.prisma);
    expect(clean.problems).toEqual([]);
    const c = await db.prisma.comment.findFirstOrThrow({ where: { recommendationId: rec } });
    await db.prisma.$executeRaw`UPDATE comments SET body = 'edited outside' WHERE id = ${c.id}`;
    const report = await verifyTables(db.prisma);
    expect(report.problems).toContainEqual({
      entityType: "Comment",
      entityId: c.id,
      message: "the row differs from its history in: body (edited outside the app)",
    });
    await db.prisma.$executeRaw`UPDATE comments SET body = ${c.body} WHERE id = ${c.id}`;
  });
});
