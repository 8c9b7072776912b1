import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { cycleDashboard, drillDown, overview } from "./queries";

const tick = () => new Promise((r) => setTimeout(r, 15));

describe(`dashboard figures on ${testEngine}`, () => {
  let db: Database;
  let before: Date;
  let cycle2011: string;
  let instId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    cycle2011 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
    await tick();
    before = new Date();
    await tick();
    const ed = u.actor(u.editor);
    const [r2b, r2e, r3a] = await Promise.all(["2(b)", "2(e)", "3(a)"].map((l) => recommendationId(db, "kz-2011", l)));
    const assess = (recommendationId: string, status: string, assessorType: string, assessedOn: string) =>
      addAssessment(db.prisma, ed, NewAssessmentSchema.parse({ recommendationId, status, assessorType, assessedOn, rationale: "test" }));
    await assess(r2b!, "NOT_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    await assess(r2e!, "NOT_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    await assess(r2e!, "FULLY_IMPLEMENTED", "CIVIL_SOCIETY", "2013-05-01");
    const w = await assess(r3a!, "FULLY_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    if (w.kind === "ok") await withdrawAssessment(db.prisma, ed, { id: w.value.id, version: 1, reason: "wrong item" });
    await addFollowUp(db.prisma, ed, NewFollowUpSchema.parse({ recommendationId: r2b, actionDate: "2012-01-10", actionTaken: "Law amended" }));
    const inst = await createInstitution(db.prisma, u.actor(u.admin), { name: "Parliament" });
    instId = inst.kind === "ok" ? inst.value.id : "";
    await assignInstitution(db.prisma, ed, { recommendationId: r2b!, institutionId: instId });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("counts every cycle in both lenses, computed in the database", async () => {
    const o = await overview(new Date(), null);
    const c2011 = o.find((c) => c.slug === "kz-2011")!;
    expect(c2011.tally.total).toBe(32);
    expect(c2011.tally.state).toEqual({ IMPLEMENTED: 11, AT_STAGE_OF_IMPLEMENTATION: 2, ACCEPTED_IN_PART: 1, REQUIRES_FURTHER_STUDY: 7, CANNOT_BE_ACCEPTED: 11, NO_RESPONSE: 0 });
    // 2(e): latest assessment overall is civil society's "fully"; 3(a)'s was withdrawn.
    expect(c2011.tally.independent).toEqual({ FULLY_IMPLEMENTED: 1, MOSTLY_IMPLEMENTED: 0, PARTIALLY_IMPLEMENTED: 0, NOT_IMPLEMENTED: 1, NOT_YET_ASSESSED: 30 });
    expect(c2011.tally.cross.IMPLEMENTED.NOT_IMPLEMENTED).toBe(1);
    expect(c2011.tally.stateImplementedShare).toBeCloseTo(11 / 32);
    expect(c2011.tally.independentFullyShare).toBeCloseTo(1 / 32);
    expect([c2011.followUpsLast30, c2011.followUpsLast90, c2011.withoutFollowUp]).toEqual([1, 1, 31]);
    expect(o.map((c) => [c.slug, c.tally.total])).toEqual([["kz-2005", 1], ["kz-2007", 1], ["kz-2011", 32], ["kz-2012", 0]]);
    expect(o.find((c) => c.slug === "kz-2005")!.claims[0]).toMatchObject({ value: 20, outOf: 30 });
  });

  it("filters the independent lens by assessor type", async () => {
    const odihr = (await overview(new Date(), "ODIHR_MISSION")).find((c) => c.slug === "kz-2011")!;
    expect(odihr.tally.independent).toMatchObject({ FULLY_IMPLEMENTED: 0, NOT_IMPLEMENTED: 2, NOT_YET_ASSESSED: 30 });
  });

  it("shows the cycle as it stood before the changes, from the audit history", async () => {
    const then = (await overview(before, null)).find((c) => c.slug === "kz-2011")!;
    expect(then.tally.independent.NOT_YET_ASSESSED).toBe(32);
    expect(then.withoutFollowUp).toBe(32);
    expect((await overview(new Date("2011-01-01T00:00:00Z"), null)).every((c) => c.tally.total === 0)).toBe(true);
  });

  it("breaks a cycle down by priority, section and institution, and lists what is behind each number", async () => {
    const d = (await cycleDashboard("kz-2011", new Date(), null, "2012-01-01"))!;
    expect(d.byPriority.map((p) => [p.key, p.tally.total])).toEqual([["PRIORITY", 19], ["OTHER", 13]]);
    expect(d.bySection.map((s) => [s.label, s.tally.total])).toEqual([["A. Priority recommendations", 19], ["B. Other recommendations", 13]]);
    expect(d.byInstitution.map((i) => [i.label, i.tally.total, i.tally.independent.NOT_IMPLEMENTED])).toEqual([["Parliament", 1, 1]]);
    // Stale since 2012-01-01: everything but 2(b) (follow-up 2012-01-10, assessment 2012-04-03) and 2(e).
    expect(d.staleCount).toBe(30);
    const gap = await drillDown(cycle2011, new Date(), null, { state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" });
    expect(gap.map((r) => r.label)).toEqual(["2(b)"]);
    expect((await drillDown(cycle2011, new Date(), null, { institution: instId })).map((r) => r.label)).toEqual(["2(b)"]);
    expect((await drillDown(cycle2011, new Date(), null, { staleSince: "2012-01-01" })).length).toBe(30);
    expect((await drillDown(cycle2011, new Date(), null, { noFollowUp: true })).length).toBe(31);
    expect((await drillDown(cycle2011, new Date(), null, { state: "ACCEPTED_IN_PART" })).map((r) => r.label)).toEqual(["6(a)"]);
    expect((await drillDown(cycle2011, new Date(), null, { fullyOrMostly: true })).map((r) => r.label)).toEqual(["2(e)"]);
  });
});
