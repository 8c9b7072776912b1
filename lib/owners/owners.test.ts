// Owners and deadlines on both engines: an owner change is one audited event (versions and audit:verify stay
// consistent) and notifies the new owner; the Overdue and Upcoming views with an injected "today"; the
// deadline job tells the owner; "My work" per role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { assignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addComment } from "@/lib/comments/mutations";
import { createDraft, submitDraft } from "@/lib/review/mutations";
import { NewDraftSchema } from "@/lib/review/schema";
import { notifyDeadlines } from "@/lib/notifications/deadlines";
import { verifyTables } from "@/lib/audit/verify-tables";
import { readableEvent } from "@/lib/audit/readable";
import { resolveAuditNames } from "@/lib/audit/names";
import type { SessionUser } from "@/lib/auth/policy";
import { setOwner } from "./mutations";
import { SetOwnerSchema } from "./schema";
import { deadlines, myWork } from "./queries";

describe(`owners and deadlines on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string; // owned by the editor, entry with a passed target date
  let soon: string; // target date in 5 days
  let done: string; // passed, but assessed fully implemented
  let inst: string;
  const who: Record<string, SessionUser> = {};
  const today = new Date("2014-01-10T00:00:00.000Z");

  const version = async (id: string) =>
    (await db.prisma.recommendation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const own = async (actorName: "editor" | "admin", id: string, ownerId: string) =>
    setOwner(
      db.prisma,
      u.actor(u[actorName]),
      SetOwnerSchema.parse({ id, version: String(await version(id)), ownerId }),
    );
  const followUp = (recommendationId: string, targetDate: string, nextStep = "Adopt the amendments") =>
    addFollowUp(
      db.prisma,
      u.actor(u.editor2),
      NewFollowUpSchema.parse({
        recommendationId,
        date: "2013-05",
        actionTaken: "Draft law prepared",
        nextStep,
        targetDate,
        institutionId: inst,
      }),
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "2(b)");
    soon = await recommendationId(db, "kz-2011", "3(a)");
    done = await recommendationId(db, "kz-2011", "1");
    inst = (
      await db.prisma.institution.findUniqueOrThrow({
        where: { name: "Central Election Commission of the Republic of Kazakhstan" },
      })
    ).id;
    const assigned = await assignInstitution(
      db.prisma,
      u.actor(u.editor),
      AssignmentSchema.parse({ recommendationId: rec, institutionId: inst, date: "2011-06" }),
    );
    if (assigned.kind !== "ok") throw new Error("setup");
    await makeContributor(db, inst, "Cora Contributor");
    const cora = await db.prisma.user.findUniqueOrThrow({ where: { email: "cora.contributor@test.example" } });
    for (const k of ["editor", "editor2", "viewer", "admin"] as const) who[k] = (await findActiveUser(u[k].id))!;
    who.cora = (await findActiveUser(cora.id))!;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("sets an owner in one audited event, notifies them, and keeps versions and the log consistent", async () => {
    const before = await db.prisma.auditEvent.count();
    const r = await own("admin", rec, u.editor.id);
    expect(r.kind).toBe("ok");
    const events = await db.prisma.auditEvent.findMany({ where: { seq: { gt: before } } });
    expect(events.map((e) => [e.entityType, e.action, e.entityId])).toEqual([["Recommendation", "assign-owner", rec]]);
    expect(Object.keys(events[0]!.changes as object).sort()).toEqual(["ownerId", "version"]);
    const row = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: rec } });
    expect(row.ownerId).toBe(u.editor.id);
    const versions = await db.prisma.recommendationVersion.findMany({
      where: { id: rec },
      orderBy: { versionId: "asc" },
    });
    expect(versions.at(-1)).toMatchObject({ ownerId: u.editor.id, version: row.version, recordedTo: null });
    const notes = await db.prisma.notification.findMany({ where: { userId: u.editor.id, kind: "ASSIGNMENT" } });
    expect(notes.map((n) => n.text)).toEqual(["Ada Admin made you the owner of 2011 · recommendation 2(b)."]);
    // In words on the audit page: the action and the owner's name, not an id.
    const readable = readableEvent(events[0]!, await resolveAuditNames(db.prisma, events));
    expect(readable.what).toBe("Owner assigned");
    expect(readable.lines).toContainEqual(expect.objectContaining({ label: "Owner", to: "Eve Editor" }));
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("saves nothing for a viewer as owner, an unknown user, or no change; an actor is not told of their own step", async () => {
    const before = await db.prisma.auditEvent.count();
    for (const ownerId of [u.viewer.id, "c0000000000000000000000000"]) {
      const r = await own("editor", rec, ownerId);
      expect(r).toMatchObject({ kind: "invalid", fieldErrors: { ownerId: [expect.stringMatching(/active editor/)] } });
    }
    expect(await own("editor", rec, u.editor.id)).toMatchObject({ kind: "ok", value: { changed: false } });
    expect(await db.prisma.auditEvent.count()).toBe(before);
    const soonOwned = await own("editor", soon, u.editor.id);
    expect(soonOwned.kind).toBe("ok");
    expect(await db.prisma.notification.count({ where: { userId: u.editor.id, recommendationId: soon } })).toBe(0);
  });

  it("lists overdue and upcoming recommendations for an injected today, leaving out what is fully implemented", async () => {
    expect((await followUp(rec, "2014-01-01")).kind).toBe("ok");
    expect((await followUp(soon, "2014-01-15", "Publish the results")).kind).toBe("ok");
    expect((await followUp(done, "2013-12-01")).kind).toBe("ok");
    const assessed = await addAssessment(
      db.prisma,
      u.actor(u.editor),
      NewAssessmentSchema.parse({
        recommendationId: done,
        status: "FULLY_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        date: "2013-12",
        rationale: "Adopted in full.",
      }),
    );
    expect(assessed.kind).toBe("ok");
    const overdue = await deadlines("overdue", { today });
    expect(overdue.map((d) => [d.label, d.daysLeft, d.owner, d.institution])).toEqual([
      ["2(b)", -9, "Eve Editor", "Central Election Commission of the Republic of Kazakhstan"],
    ]);
    expect((await deadlines("upcoming", { today, days: 7 })).map((d) => [d.label, d.daysLeft])).toEqual([["3(a)", 5]]);
    expect(await deadlines("upcoming", { today, days: 4 })).toEqual([]);
    // A later entry moves the deadline: 2(b) is then upcoming, no longer overdue.
    expect((await followUp(rec, "2014-02-01")).kind).toBe("ok");
    expect((await deadlines("overdue", { today })).map((d) => d.label)).toEqual([]);
    expect((await deadlines("upcoming", { today, days: 30 })).map((d) => d.label)).toEqual(["3(a)", "2(b)"]);
  });

  it("tells the owner of a deadline, besides the entry's author", async () => {
    await notifyDeadlines(db.prisma, { today, days: 7, email: false });
    const told = await db.prisma.notification.findMany({
      where: { recommendationId: soon, kind: "DEADLINE_APPROACHING" },
      select: { userId: true },
    });
    expect(told.map((t) => t.userId).sort()).toEqual([u.editor.id, u.editor2.id].sort());
  });

  it("My work: owned, institution's, awaiting review, overdue and mentions, each for whom it concerns", async () => {
    const late = new Date("2014-03-01T00:00:00.000Z");
    const mention = await addComment(
      db.prisma,
      u.actor(u.admin),
      { recommendationId: soon, body: "@[Eve Editor] please check the law." },
      { email: false },
    );
    expect(mention.kind).toBe("ok");
    const draft = await createDraft(
      db.prisma,
      { id: who.cora!.id, label: who.cora!.name },
      NewDraftSchema.parse({ recommendationId: rec, date: "2014-01", actionTaken: "Law adopted" }),
    );
    if (draft.kind !== "ok") throw new Error(JSON.stringify(draft));
    const submitted = await submitDraft(
      db.prisma,
      { id: who.cora!.id, label: who.cora!.name },
      { id: draft.value.id, version: 1 },
    );
    expect(submitted.kind).toBe("ok");

    const editor = await myWork(who.editor!, { today: late });
    expect(editor.mine.map((r) => r.label)).toEqual(["2(b)", "3(a)"]);
    expect(editor.institution).toBeNull();
    expect(editor.review?.map((d) => d.recommendation.label)).toEqual(["2(b)"]);
    expect(editor.overdue.map((d) => d.label)).toEqual(["3(a)", "2(b)"]);
    expect(editor.mentions.map((m) => m.recommendation?.label)).toEqual(["3(a)"]);

    const cora = await myWork(who.cora!, { today: late });
    expect(cora.mine).toEqual([]);
    expect(cora.institution?.recommendations.map((r) => r.label)).toEqual(["2(b)"]);
    expect(cora.review).toBeNull();
    expect(cora.overdue.map((d) => d.label)).toEqual(["2(b)"]);

    const viewer = await myWork(who.viewer!, { today: late });
    expect(viewer).toMatchObject({ mine: [], institution: null, review: null, overdue: [], mentions: [] });
  });
});
