// Review before publishing on both engines: who sees a draft, every step allowed or refused per role, one audit
// event per step, and no figure, view or export that counts a draft before it is published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { assignInstitution, unassignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { verifyTables } from "@/lib/audit/verify-tables";
import { activity, statusRows } from "@/lib/status/figures";
import { NOW } from "@/lib/status/moment";
import { recommendationAt } from "@/lib/recommendations/view";
import { loadItems } from "@/lib/reports/items";
import { apiRecommendation } from "@/lib/api/queries";
import { search } from "@/lib/search/queries";
import type { SessionUser } from "@/lib/auth/policy";
import type { Actor } from "@/lib/audit/record";
import { createDraft, editDraft, publishDraft, returnDraft, submitDraft } from "./mutations";
import { EditDraftSchema, NewDraftSchema, ReturnDraftSchema } from "./schema";
import { draftsOf, reviewQueue } from "./queries";

describe(`review before publishing on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  let other: string;
  let cycleId: string;
  let inst: string;
  const who: Record<string, SessionUser> = {};
  const as = (name: string): Actor => ({ id: who[name]!.id, label: who[name]!.name });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "2(b)");
    other = await recommendationId(db, "kz-2011", "3(a)");
    cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
    // Two of the institutions the seed names (lib/seed/institutions.ts).
    const seeded = (name: string) => db.prisma.institution.findUniqueOrThrow({ where: { name } }).then((i) => i.id);
    inst = await seeded("Central Election Commission of the Republic of Kazakhstan");
    const elsewhere = await seeded("Ministry of Justice");
    const assigned = await assignInstitution(
      db.prisma,
      u.actor(u.editor),
      AssignmentSchema.parse({ recommendationId: rec, institutionId: inst, date: "2011-06" }),
    );
    if (assigned.kind !== "ok") throw new Error("setup");
    await makeContributor(db, inst, "Cora Contributor");
    await makeContributor(db, inst, "Colin Colleague");
    await makeContributor(db, elsewhere, "Mona Ministry");
    for (const [k, email] of [
      ["cora", "cora.contributor@test.example"],
      ["colin", "colin.colleague@test.example"],
      ["mona", "mona.ministry@test.example"],
    ] as const) {
      const row = await db.prisma.user.findUniqueOrThrow({ where: { email } });
      who[k] = (await findActiveUser(row.id))!;
    }
    for (const k of ["editor", "editor2", "viewer", "admin"] as const) who[k] = (await findActiveUser(u[k].id))!;
  });
  afterAll(async () => {
    await db?.close();
  });

  const content = (recommendationId: string, actionTaken = "Draft amendments sent to the Mazhilis") =>
    NewDraftSchema.parse({ recommendationId, date: "2012-02", actionTaken, evidenceLocation: "p. 3" });
  const draftRow = (id: string) => db.prisma.followUpDraft.findUniqueOrThrow({ where: { id } });
  const step = async (id: string) => ({ id, version: (await draftRow(id)).version });
  const formError = (o: { kind: string }) =>
    o.kind === "invalid" ? (o as unknown as { fieldErrors: Record<string, string[]> }).fieldErrors.form?.[0] : o.kind;

  it("only a contributor of an assigned institution starts a draft; nobody else, and nothing is written", async () => {
    const before = await db.prisma.auditEvent.count();
    for (const name of ["mona", "editor", "viewer", "admin"]) {
      const r = await createDraft(db.prisma, as(name), content(rec));
      expect(formError(r), name).toMatch(/not responsible for this recommendation/);
    }
    expect(formError(await createDraft(db.prisma, as("cora"), content(other)))).toMatch(/not responsible/);
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.followUpDraft.count()).toBe(0);
  });

  it("takes a draft through submit, return, resubmit and publish; refuses every other step", async () => {
    const figures = async () => ({
      activity: [...(await activity(NOW, { cycleIds: [cycleId] }))],
      rows: await statusRows(NOW, { cycleIds: [cycleId] }, {}),
      view: (await recommendationAt(rec, NOW, true))!.followUps.length,
      report: (await loadItems(NOW, [rec]))[0]!.followUps.length,
      entries: await db.prisma.followUp.count({ where: { recommendationId: rec } }),
      api: (await apiRecommendation(rec, true, { api: "http://x/api/v1", site: "http://x" }))!.followUps.length,
      // The draft's own words ("Mazhilis" is in the recommendations' texts too, "amendments sent" only in drafts).
      found: (await search('"amendments sent"', {}, { includeInternal: true })).total,
    });
    const start = await figures();

    const created = await createDraft(db.prisma, as("cora"), content(rec));
    expect(created.kind).toBe("ok");
    const id = created.kind === "ok" ? created.value.id : "";
    expect((await draftRow(id)).institutionId).toBe(inst);

    // DRAFT: only its author sees it; reviewers cannot decide it yet.
    expect((await draftsOf(rec, who.cora!)).map((d) => d.publication)).toEqual(["DRAFT"]);
    for (const name of ["colin", "mona", "viewer"]) expect(await draftsOf(rec, who[name]!)).toEqual([]);
    expect(await draftsOf(rec, null)).toEqual([]);
    expect(await draftsOf(rec, who.editor!)).toEqual([]);
    expect(formError(await publishDraft(db.prisma, as("editor"), await step(id)))).toMatch(/Only a submitted/);
    expect(formError(await returnDraft(db.prisma, as("editor"), { ...(await step(id)), comment: "x" }))).toMatch(
      /Only a submitted/,
    );
    // Another contributor, even of the same institution, cannot touch it (nor learn it exists).
    expect((await submitDraft(db.prisma, as("colin"), await step(id))).kind).toBe("not-found");
    expect((await submitDraft(db.prisma, as("viewer"), await step(id))).kind).toBe("not-found");

    expect((await submitDraft(db.prisma, as("cora"), await step(id))).kind).toBe("ok");
    // SUBMITTED: in the queue, locked for its author, still counted nowhere.
    expect((await reviewQueue()).map((d) => d.id)).toEqual([id]);
    expect((await draftsOf(rec, who.editor!)).map((d) => d.id)).toEqual([id]);
    expect(await draftsOf(rec, who.viewer!)).toEqual([]);
    const edit = EditDraftSchema.parse({ ...(await step(id)), date: "2012-02", actionTaken: "Changed" });
    expect(formError(await editDraft(db.prisma, as("cora"), edit))).toMatch(/in review or published/);
    expect(formError(await submitDraft(db.prisma, as("cora"), await step(id)))).toMatch(/already in review/);
    expect(formError(await publishDraft(db.prisma, as("cora"), await step(id)))).toMatch(/Only a submitted/);
    expect(await figures()).toEqual(start);

    // A return needs a comment: the form says so, nothing is written.
    const empty = ReturnDraftSchema.safeParse({ ...(await step(id)), comment: "  " });
    expect(empty.success ? null : empty.error.issues.map((i) => i.message)).toEqual([
      "Comment for the contributor is required",
    ]);
    const returned = await returnDraft(db.prisma, as("editor"), {
      ...(await step(id)),
      comment: "Please cite the letter that sent the amendments.",
    });
    expect(returned.kind).toBe("ok");
    expect(await reviewQueue()).toEqual([]);
    const back = await draftsOf(rec, who.cora!);
    expect(back.map((d) => [d.publication, d.reviewComment])).toEqual([
      ["RETURNED", "Please cite the letter that sent the amendments."],
    ]);
    // The author is told, in the same transaction (lib/notifications): one unread notification.
    const told = await db.prisma.notification.findMany({
      where: { userId: who.cora!.id, kind: "RETURNED_DRAFT" },
      select: { recommendationId: true, text: true, readAt: true },
    });
    expect(told).toEqual([
      {
        recommendationId: rec,
        text: `${who.editor!.name} returned your follow-up draft with a comment.`,
        readAt: null,
      },
    ]);
    expect(formError(await publishDraft(db.prisma, as("editor"), await step(id)))).toMatch(/Only a submitted/);

    const changed = await editDraft(
      db.prisma,
      as("cora"),
      EditDraftSchema.parse({
        ...(await step(id)),
        date: "2012-02",
        actionTaken: "Draft amendments sent to the Mazhilis by letter No. 12",
        evidenceLocation: "p. 3",
      }),
    );
    expect(changed.kind).toBe("ok");
    expect((await submitDraft(db.prisma, as("cora"), await step(id))).kind).toBe("ok");
    expect(await figures()).toEqual(start);

    // A stale decision (opened before the resubmission) is refused.
    expect((await publishDraft(db.prisma, as("editor2"), { id, version: 1 })).kind).toBe("conflict");
    expect((await publishDraft(db.prisma, as("editor2"), await step(id))).kind).toBe("ok");
    const published = await draftRow(id);
    expect(published.publication).toBe("PUBLISHED");
    // Its author is told it was published (lib/review/cycle.ts, the cycle shared with progress updates).
    const told2 = await db.prisma.notification.findMany({
      where: { userId: who.cora!.id, kind: "PUBLISHED_DRAFT" },
      select: { text: true },
    });
    expect(told2).toEqual([{ text: "Ed Second published your follow-up draft." }]);
    const entry = await db.prisma.followUp.findUniqueOrThrow({ where: { id: published.followUpId! } });
    expect([entry.actionTaken, entry.institutionId, entry.createdById, entry.internal]).toEqual([
      "Draft amendments sent to the Mazhilis by letter No. 12",
      inst,
      who.cora!.id,
      false,
    ]);
    // Published: an ordinary entry everyone reads, counted like any other; the draft is closed.
    const end = await figures();
    expect(end.entries).toBe(start.entries + 1);
    expect(end.view).toBe(start.view + 1);
    expect(end.report).toBe(start.report + 1);
    expect(end.api).toBe(start.api + 1);
    expect([start.found, end.found]).toEqual([0, 1]);
    expect(await draftsOf(rec, who.cora!)).toEqual([]);
    expect(formError(await submitDraft(db.prisma, as("cora"), await step(id)))).toMatch(/already in review/);
    expect(formError(await returnDraft(db.prisma, as("editor"), { ...(await step(id)), comment: "x" }))).toMatch(
      /Only a submitted/,
    );

    // One audit event per step, by whom it was taken; the entry's own event names the submitter.
    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "FollowUpDraft", entityId: id },
      orderBy: { seq: "asc" },
      select: { action: true, actorLabel: true, reason: true, recommendationId: true },
    });
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ["create", "Cora Contributor"],
      ["submit", "Cora Contributor"],
      ["return", "Eve Editor"],
      ["update", "Cora Contributor"],
      ["submit", "Cora Contributor"],
      ["publish", "Ed Second"],
    ]);
    expect(events[2]!.reason).toBe("Please cite the letter that sent the amendments.");
    expect(events.every((e) => e.recommendationId === rec)).toBe(true);
    const created2 = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "FollowUp", entityId: entry.id },
    });
    expect([created2.action, created2.actorLabel, created2.reason]).toEqual([
      "create",
      "Ed Second",
      "Published from a draft submitted by Cora Contributor",
    ]);
    // The tables still equal the replay of the log.
    const report = await verifyTables(db.prisma);
    expect(report.problems).toEqual([]);
  });

  it("refuses a submission once the institution is no longer responsible", async () => {
    const created = await createDraft(db.prisma, as("cora"), content(rec, "Second step"));
    const id = created.kind === "ok" ? created.value.id : "";
    expect(
      (await unassignInstitution(db.prisma, u.actor(u.editor), { recommendationId: rec, institutionId: inst })).kind,
    ).toBe("ok");
    expect(formError(await submitDraft(db.prisma, as("cora"), await step(id)))).toMatch(/not responsible/);
    expect((await draftRow(id)).publication).toBe("DRAFT");
  });
});
