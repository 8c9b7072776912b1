import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addComment } from "@/lib/comments/mutations";
import { NewCommentSchema } from "@/lib/comments/schema";
import { notifyDeadlines } from "./deadlines";
import { queueDigests } from "./digest";
import { markAllRead, markRead, openNotification, savePreferences } from "./mutations";
import { notify } from "./notify";
import { listNotifications, outboxSummary, preferencesOf, unreadCount } from "./queries";

describe(`notifications on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  const outboxTo = (email: string) =>
    db.prisma.emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "5");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("writes in the caller's transaction: rolled back with it, once per dedupe key, never to the inactive", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await notify(tx, { userIds: [u.viewer.id], kind: "ASSIGNMENT", text: "Rolled back" }, { email: true });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.notification.count({ where: { text: "Rolled back" } })).toBe(0);
    expect(await db.prisma.emailOutbox.count()).toBe(0);

    const once = (tx: Parameters<Parameters<typeof db.prisma.$transaction>[0]>[0]) =>
      notify(
        tx,
        {
          userIds: [u.viewer.id, u.viewer.id, u.admin.id],
          exceptUserId: u.admin.id,
          kind: "ASSIGNMENT",
          recommendationId: rec,
          text: "Ada Admin assigned you 2011 · recommendation 5.",
          dedupeKey: "assign:test",
        },
        { email: false },
      );
    expect(await db.prisma.$transaction(once)).toHaveLength(1);
    expect(await db.prisma.$transaction(once)).toHaveLength(0);
    expect(await db.prisma.notification.count({ where: { dedupeKey: "assign:test" } })).toBe(1);
  });

  it("follows each person's e-mail choice: at once into the outbox, daily digest, or none", async () => {
    // Ed: mentions in the digest; Ada: no e-mail for mentions; Eve (author) is never notified of her own words.
    await savePreferences(db.prisma, u.actor(u.editor2), {
      MENTION: "DIGEST",
      ASSIGNMENT: "IMMEDIATE",
      RETURNED_DRAFT: "IMMEDIATE",
      PUBLISHED_DRAFT: "IMMEDIATE",
      DEADLINE_APPROACHING: "DIGEST",
      DEADLINE_PASSED: "DIGEST",
    });
    await savePreferences(db.prisma, u.actor(u.admin), {
      MENTION: "NONE",
      ASSIGNMENT: "NONE",
      RETURNED_DRAFT: "NONE",
      PUBLISHED_DRAFT: "NONE",
      DEADLINE_APPROACHING: "NONE",
      DEADLINE_PASSED: "NONE",
    });
    const body = "Can @[Ed Second] and @[Ada Admin] check this?";
    const done = await addComment(
      db.prisma,
      u.actor(u.editor),
      NewCommentSchema.parse({ recommendationId: rec, body }),
      {
        email: true,
      },
    );
    expect(done.kind).toBe("ok");
    expect(await db.prisma.notification.count({ where: { kind: "MENTION", recommendationId: rec } })).toBe(2);
    expect(await outboxTo(u.admin.email)).toHaveLength(0);
    expect(await outboxTo(u.editor2.email)).toHaveLength(0);

    // A second mention of Ed; then the digest carries both, in one e-mail, once.
    await addComment(
      db.prisma,
      u.actor(u.editor),
      NewCommentSchema.parse({ recommendationId: rec, body: "@[Ed Second] again" }),
      {
        email: true,
      },
    );
    expect(await queueDigests(db.prisma, { email: true })).toEqual({ messages: 1, notifications: 2 });
    const [digest] = await outboxTo(u.editor2.email);
    expect(digest!.subject).toBe("[ODIHR tracker] Daily digest: 2 notifications");
    expect(digest!.body).toContain(
      "Eve Editor mentioned you in the discussion of 2011 · recommendation 5: “Can @Ed Second and @Ada Admin check this?”",
    );
    expect(digest!.body).toContain(
      "Eve Editor mentioned you in the discussion of 2011 · recommendation 5: “@Ed Second again”",
    );
    expect(await queueDigests(db.prisma, { email: true })).toEqual({ messages: 0, notifications: 0 });

    // Defaults: a viewer who chose nothing gets assignments at once.
    await db.prisma.$transaction((tx) =>
      notify(
        tx,
        { userIds: [u.viewer.id], kind: "ASSIGNMENT", recommendationId: rec, text: "Assigned to you." },
        { email: true },
      ),
    );
    const [mail] = await outboxTo(u.viewer.email);
    expect(mail).toMatchObject({ status: "PENDING", attempts: 0, subject: "[ODIHR tracker] Assigned to you" });
    // What the pages read: the outbox for administrators, a person's choices (defaults where none saved).
    expect(await outboxSummary()).toMatchObject({ counts: { pending: 2, sent: 0, failed: 0 } });
    expect((await outboxSummary()).unsent.map((m) => m.to).sort()).toEqual([u.editor2.email, u.viewer.email].sort());
    expect((await preferencesOf(u.viewer.id)).choices).toEqual([
      { kind: "MENTION", delivery: "IMMEDIATE" },
      { kind: "ASSIGNMENT", delivery: "IMMEDIATE" },
      { kind: "RETURNED_DRAFT", delivery: "IMMEDIATE" },
      { kind: "PUBLISHED_DRAFT", delivery: "DIGEST" },
      { kind: "DEADLINE_APPROACHING", delivery: "DIGEST" },
      { kind: "DEADLINE_PASSED", delivery: "DIGEST" },
    ]);
    expect((await preferencesOf(u.admin.id)).choices.every((c) => c.delivery === "NONE")).toBe(true);
    expect(mail!.body).toMatch(
      /^Hello Vic Viewer,\n\nAssigned to you\.\n\nOpen it: http:\/\/localhost:3000\/notifications\/n[0-9a-f]{24}\n/,
    );
  });

  it("marks one's own notifications read, never another person's", async () => {
    const theirs = await db.prisma.notification.findFirstOrThrow({ where: { userId: u.editor2.id } });
    expect(await markRead(db.prisma, u.actor(u.viewer), { id: theirs.id })).toEqual({
      kind: "not-found",
      message: "This notification does not exist.",
    });
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await markRead(db.prisma, u.actor(u.editor2), { id: theirs.id })).toMatchObject({ kind: "ok" });
    const unread = await db.prisma.notification.count({ where: { userId: u.editor2.id, readAt: null } });
    expect(unread).toBeGreaterThan(0);
    const ed = { id: u.editor2.id, role: "EDITOR" as const };
    expect(await unreadCount(ed)).toBe(unread);
    expect(await markAllRead(db.prisma, u.actor(u.editor2))).toEqual({ kind: "ok", value: { count: unread } });
    expect(await unreadCount(ed)).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: u.editor2.id, readAt: null } })).toBe(0);
  });

  it("hides mentions (they quote internal comments) from someone who may no longer take part in the discussion", async () => {
    const [id] = await db.prisma.$transaction((tx) =>
      notify(
        tx,
        { userIds: [u.viewer.id], kind: "MENTION", recommendationId: rec, text: "Quoting a comment" },
        { email: false },
      ),
    );
    const asEditor = { id: u.viewer.id, role: "EDITOR" as const };
    const asViewer = { id: u.viewer.id, role: "VIEWER" as const };
    expect((await listNotifications(asEditor, 1)).items.map((n) => n.text)).toContain("Quoting a comment");
    expect((await listNotifications(asViewer, 1)).items.map((n) => n.text)).not.toContain("Quoting a comment");
    expect(await unreadCount(asViewer)).toBe((await unreadCount(asEditor)) - 1);
    expect(await openNotification(asViewer, id!)).toBeNull();
    expect(await openNotification(asEditor, id!)).toEqual({ href: `/recommendations/${rec}#discussion` });
    // Opened: read.
    expect(await unreadCount(asEditor)).toBe(await unreadCount(asViewer));
  });

  it("notifies deadlines once per entry and kind: approaching within N days, then passed", async () => {
    const today = new Date("2026-12-01T08:00:00.000Z");
    const entry = (targetDate: string, by: string, extra: object = {}) =>
      db.prisma.followUp.create({
        data: {
          recommendationId: rec,
          datePrecision: "DAY",
          dateFrom: new Date("2026-10-01"),
          dateTo: new Date("2026-10-01"),
          actionTaken: "Draft amendments sent to parliament",
          nextStep: "Second reading",
          targetDate: new Date(targetDate),
          createdById: by,
          ...extra,
        },
      });
    const soon = await entry("2026-12-04", u.editor.id);
    const late = await entry("2026-11-20", u.editor2.id);
    await entry("2026-12-30", u.editor.id); // beyond the horizon
    await entry("2026-11-01", u.editor.id, { withdrawnAt: new Date(), withdrawalReason: "mistake" });

    expect(await notifyDeadlines(db.prisma, { today, days: 7, email: false })).toEqual({ approaching: 1, passed: 1 });
    expect(await notifyDeadlines(db.prisma, { today, days: 7, email: false })).toEqual({ approaching: 0, passed: 0 });
    const toEve = await db.prisma.notification.findMany({
      where: { userId: u.editor.id, kind: "DEADLINE_APPROACHING" },
    });
    expect(toEve.map((n) => n.text)).toEqual([
      `The target date of follow-up entry ${soon.entryNo} of 2011 · recommendation 5 (next step: Second reading) is in 3 days, 4 December 2026.`,
    ]);
    const toEd = await db.prisma.notification.findMany({ where: { userId: u.editor2.id, kind: "DEADLINE_PASSED" } });
    expect(toEd.map((n) => n.text)).toEqual([
      `The target date of follow-up entry ${late.entryNo} of 2011 · recommendation 5 (next step: Second reading) passed on 20 November 2026.`,
    ]);
    // Days later the approaching one has passed: one more notification, of the other kind.
    const later = new Date("2026-12-06T08:00:00.000Z");
    expect(await notifyDeadlines(db.prisma, { today: later, days: 7, email: false })).toEqual({
      approaching: 0,
      passed: 1,
    });
    expect(await db.prisma.notification.count({ where: { userId: u.editor.id, kind: "DEADLINE_PASSED" } })).toBe(1);
  });

  it("shows each notification in the reader's language: stored once in English, read in Russian or Kazakh", async () => {
    const text = "Eve Editor made you the owner of 2011 · recommendation 5.";
    await db.prisma.$transaction((tx) =>
      notify(tx, { userIds: [u.editor2.id], kind: "ASSIGNMENT", recommendationId: rec, text }, { email: false }),
    );
    expect(await db.prisma.notification.count({ where: { userId: u.editor2.id, text } })).toBe(1);
    const reader = (locale: string | null) => ({ id: u.editor2.id, role: "EDITOR" as const, locale });
    const first = async (locale: string | null) => (await listNotifications(reader(locale), 1)).items[0]!.text;
    expect(await first("ru")).toBe("Пользователь Eve Editor назначил вас ответственным за рекомендацию 5 (2011).");
    expect(await first("kk")).toBe("Eve Editor пайдаланушысы сізді 2011 · 5 ұсынымға жауапты тұлға етіп тағайындады.");
    // No setting and no request (a job, this test): English.
    expect(await first(null)).toBe(text);
  });
});
