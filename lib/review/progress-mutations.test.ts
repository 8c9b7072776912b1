// Progress updates in review on both engines: only a contributor of a responsible institution writes one; every
// step allowed or refused per role, one audit event per step, a stale decision refused; no figure, view, report,
// API answer or search counts an update before it is published; publishing records the state's response exactly
// as an editor's own entry (same events, same versions) and tells its author.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { assignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { verifyTables } from "@/lib/audit/verify-tables";
import { statusRows } from "@/lib/status/figures";
import { NOW } from "@/lib/status/moment";
import { recommendationAt } from "@/lib/recommendations/view";
import { loadItems } from "@/lib/reports/items";
import { apiRecommendation } from "@/lib/api/queries";
import { search } from "@/lib/search/queries";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import type { SessionUser } from "@/lib/auth/policy";
import type { Actor } from "@/lib/audit/record";
import {
  createProgressDraft,
  editProgressDraft,
  publishProgressDraft,
  returnProgressDraft,
  submitProgressDraft,
} from "./progress-mutations";
import { EditProgressDraftSchema, NewProgressDraftSchema } from "./schema";
import { myProgressDrafts, progressDraftsOf, progressQueue } from "./progress-queries";

describe(`progress updates in review on ${testEngine}`, () => {
  let db: Database;
  let rec: string;
  let other: string;
  let cycleId: string;
  let inst: string;
  const who: Record<string, SessionUser> = {};
  const as = (name: string): Actor => ({ id: who[name]!.id, label: who[name]!.name });

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "2(b)");
    other = await recommendationId(db, "kz-2011", "3(a)");
    cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
    const seeded = (name: string) => db.prisma.institution.findUniqueOrThrow({ where: { name } }).then((i) => i.id);
    inst = await seeded("Central Election Commission of the Republic of Kazakhstan");
    const assigned = await assignInstitution(
      db.prisma,
      u.actor(u.editor),
      AssignmentSchema.parse({ recommendationId: rec, institutionId: inst, date: "2011-06" }),
    );
    if (assigned.kind !== "ok") throw new Error("setup");
    await makeContributor(db, inst, "Cora Contributor");
    await makeContributor(db, inst, "Colin Colleague");
    await makeContributor(db, await seeded("Ministry of Justice"), "Mona Ministry");
    for (const k of ["cora", "colin", "mona"]) {
      const email = { cora: "cora.contributor", colin: "colin.colleague", mona: "mona.ministry" }[k];
      const row = await db.prisma.user.findUniqueOrThrow({ where: { email: `${email}@test.example` } });
      who[k] = (await findActiveUser(row.id))!;
    }
    for (const k of ["editor", "editor2", "viewer", "admin"] as const) who[k] = (await findActiveUser(u[k].id))!;
  });

  afterAll(async () => {
    await db?.close();
  });

  const WORDS = "Quarterly progress report on voter list audits";
  const content = (recommendationId: string) =>
    NewProgressDraftSchema.parse({ recommendationId, date: "2025-06", status: "IMPLEMENTED", text: WORDS });
  const row = (id: string) => db.prisma.stateResponseDraft.findUniqueOrThrow({ where: { id } });
  const at = async (id: string) => ({ id, version: (await row(id)).version });
  const formError = (o: { kind: string }) =>
    o.kind === "invalid" ? (o as unknown as { fieldErrors: Record<string, string[]> }).fieldErrors.form?.[0] : o.kind;

  // Everything a reader, public read mode, a report, the API or search reads about the recommendation.
  const reads = async () => {
    const [status] = await statusRows(NOW, { cycleIds: [cycleId] }, {}).then((r) => r.filter((x) => x.id === rec));
    return {
      state: status!.state,
      responseId: status!.responseId,
      editorView: (await recommendationAt(rec, NOW, true))!.responses.length,
      publicView: (await recommendationAt(rec, NOW, false))!.responses.length,
      report: (await loadItems(NOW, [rec]))[0]!.response?.status ?? null,
      api: (await apiRecommendation(rec, false, { api: "http://x/api/v1", site: "http://x" }))!.responses.length,
      found: (await search('"voter list audits"', {}, { includeInternal: true })).total,
      responses: await db.prisma.stateResponse.count({ where: { recommendationId: rec } }),
    };
  };

  it("only a contributor of a responsible institution writes one; nothing is written otherwise", async () => {
    const before = await db.prisma.auditEvent.count();
    for (const name of ["mona", "editor", "viewer", "admin"])
      expect(formError(await createProgressDraft(db.prisma, as(name), content(rec))), name).toMatch(/not responsible/);
    expect(formError(await createProgressDraft(db.prisma, as("cora"), content(other)))).toMatch(/not responsible/);
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.stateResponseDraft.count()).toBe(0);
  });

  it("goes through submit, return, resubmit and publish, unseen by readers until published", async () => {
    const start = await reads();
    const made = await createProgressDraft(db.prisma, as("cora"), content(rec));
    expect(made.kind).toBe("ok");
    const id = made.kind === "ok" ? made.value.id : "";
    expect((await progressDraftsOf(rec, who.cora!)).map((d) => [d.publication, d.status])).toEqual([
      ["DRAFT", "IMPLEMENTED"],
    ]);
    for (const name of ["colin", "mona", "viewer", "editor"])
      expect(await progressDraftsOf(rec, who[name]!)).toEqual([]);
    expect(await progressDraftsOf(rec, null)).toEqual([]);
    expect(formError(await publishProgressDraft(db.prisma, as("editor"), await at(id)))).toMatch(/Only a submitted/);
    // Someone else, even of the same institution, cannot touch it nor learn it exists.
    for (const name of ["colin", "viewer"])
      expect((await submitProgressDraft(db.prisma, as(name), await at(id))).kind).toBe("not-found");
    expect((await submitProgressDraft(db.prisma, as("cora"), await at(id))).kind).toBe("ok");
    expect((await progressQueue()).map((d) => d.id)).toEqual([id]);
    expect(await progressDraftsOf(rec, who.viewer!)).toEqual([]);
    const edit = EditProgressDraftSchema.parse({ ...(await at(id)), date: "2025-06", status: "ACCEPTED_IN_PART" });
    expect(formError(await editProgressDraft(db.prisma, as("cora"), edit))).toMatch(/in review or published/);
    expect(formError(await publishProgressDraft(db.prisma, as("cora"), await at(id)))).toMatch(/Only a submitted/);
    expect(await reads()).toEqual(start);

    const comment = "Please cite the CEC's letter.";
    expect((await returnProgressDraft(db.prisma, as("editor"), { ...(await at(id)), comment })).kind).toBe("ok");
    expect((await myProgressDrafts(who.cora!)).map((d) => [d.publication, d.reviewComment])).toEqual([
      ["RETURNED", comment],
    ]);
    const notes = () =>
      db.prisma.notification.findMany({
        where: { userId: who.cora!.id },
        orderBy: { createdAt: "asc" },
        select: { kind: true, text: true, recommendationId: true },
      });
    expect(await notes()).toEqual([
      {
        kind: "RETURNED_DRAFT",
        text: "Eve Editor returned your progress update with a comment.",
        recommendationId: rec,
      },
    ]);
    const changed = EditProgressDraftSchema.parse({
      ...(await at(id)),
      date: "2025-06",
      status: "IMPLEMENTED",
      text: `${WORDS}, letter No. 7`,
    });
    expect((await editProgressDraft(db.prisma, as("cora"), changed)).kind).toBe("ok");
    expect((await submitProgressDraft(db.prisma, as("cora"), await at(id))).kind).toBe("ok");
    expect(await reads()).toEqual(start);

    // A decision taken on the page as it was before the resubmission is refused.
    expect((await publishProgressDraft(db.prisma, as("editor2"), { id, version: 2 })).kind).toBe("conflict");
    expect((await returnProgressDraft(db.prisma, as("editor2"), { id, version: 2, comment: "x" })).kind).toBe(
      "conflict",
    );
    expect((await publishProgressDraft(db.prisma, as("editor2"), await at(id))).kind).toBe("ok");
    const published = await row(id);
    expect(published.publication).toBe("PUBLISHED");
    const response = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: published.stateResponseId! } });
    expect([response.status, response.text, response.createdById]).toEqual([
      "IMPLEMENTED",
      `${WORDS}, letter No. 7`,
      who.cora!.id,
    ]);
    const end = await reads();
    expect(end).toEqual({
      state: "IMPLEMENTED",
      responseId: response.id,
      editorView: start.editorView + 1,
      publicView: start.publicView + 1,
      report: "IMPLEMENTED",
      api: start.api + 1,
      found: start.found + 1,
      responses: start.responses + 1,
    });
    expect((await notes()).map((n) => [n.kind, n.text])).toEqual([
      ["RETURNED_DRAFT", "Eve Editor returned your progress update with a comment."],
      ["PUBLISHED_DRAFT", "Ed Second published your progress update."],
    ]);
    expect(await myProgressDrafts(who.cora!)).toEqual([]);
    expect(formError(await submitProgressDraft(db.prisma, as("cora"), await at(id)))).toMatch(/already in review/);

    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "StateResponseDraft", entityId: id },
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
    expect(events[2]!.reason).toBe(comment);
    expect(events.every((e) => e.recommendationId === rec)).toBe(true);
    const createdEvent = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "StateResponse", entityId: response.id },
    });
    expect([createdEvent.action, createdEvent.actorLabel, createdEvent.reason]).toEqual([
      "create",
      "Ed Second",
      "Published from a progress update submitted by Cora Contributor",
    ]);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });

  it("publishes through the editor's own path: the same event fields and versions as an editor's entry", async () => {
    const own = await addResponse(
      db.prisma,
      as("editor"),
      NewResponseSchema.parse({ recommendationId: rec, date: "2025-07", status: "IMPLEMENTED", text: "Own entry" }),
    );
    const ownId = own.kind === "ok" ? own.value.id : "";
    const published = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: rec, text: { startsWith: WORDS } },
    });
    const shape = async (entityId: string) => {
      const e = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "StateResponse", entityId } });
      const versions = await db.prisma.stateResponseVersion.count({ where: { id: entityId } });
      return { action: e.action, fields: Object.keys(e.changes as object).sort(), versions };
    };
    expect(await shape(published.id)).toEqual(await shape(ownId));
  });
});
