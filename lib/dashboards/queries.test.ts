import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addCountryCycles, backdateRecorded } from "@/lib/test/history";
import { addAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp, correctFollowUp } from "@/lib/follow-ups/mutations";
import { CorrectFollowUpSchema, NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import { statusRows } from "@/lib/status/figures";
import { NOW, type Moment } from "@/lib/status/moment";
import { cycleDashboard, drillDown, OVERVIEW_PAGE_SIZE, overview } from "./queries";

const dayBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const YESTERDAY = dayBefore(1);
const on = (day: string): Moment => ({ on: day, asOf: null });
const STATE_2011 = {
  IMPLEMENTED: 11,
  AT_STAGE_OF_IMPLEMENTATION: 2,
  ACCEPTED_IN_PART: 1,
  REQUIRES_FURTHER_STUDY: 7,
  CANNOT_BE_ACCEPTED: 11,
  NO_RESPONSE: 0,
};
const NONE_ASSESSED = {
  FULLY_IMPLEMENTED: 0,
  MOSTLY_IMPLEMENTED: 0,
  PARTIALLY_IMPLEMENTED: 0,
  NOT_IMPLEMENTED: 0,
  NOT_YET_ASSESSED: 32,
};

describe(`dashboard figures on ${testEngine}`, () => {
  let db: Database;
  let cycle2011: string;
  let instId: string;
  let tieIds: string[];
  let internalNote: string;
  let editor: Actor;
  const ids: Record<string, string> = {};
  const kz2011 = async (m: Moment, o = {}) => (await overview(m, o)).cycles.find((c) => c.slug === "kz-2011")!;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    cycle2011 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
    // The seed counts as recorded long ago; what follows is recorded today.
    await backdateRecorded(db, "2020-01-01");
    const ed = u.actor(u.editor);
    for (const l of ["1", "2(a)", "2(b)", "2(c)", "2(e)", "3(a)", "4(a)"])
      ids[l] = await recommendationId(db, "kz-2011", l);
    const assess = async (
      recommendationId: string,
      status: string,
      assessorType: string,
      date: string,
      assessorName?: string,
    ) => {
      const r = await addAssessment(
        db.prisma,
        ed,
        NewAssessmentSchema.parse({ recommendationId, status, assessorType, assessorName, date, rationale: "test" }),
      );
      if (r.kind !== "ok") throw new Error(`assessment not recorded: ${JSON.stringify(r)}`);
      return r.value.id;
    };
    await assess(ids["2(b)"]!, "NOT_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    await assess(ids["2(e)"]!, "NOT_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    await assess(ids["2(e)"]!, "FULLY_IMPLEMENTED", "CIVIL_SOCIETY", "2013-05");
    const withdrawn = await assess(ids["3(a)"]!, "FULLY_IMPLEMENTED", "ODIHR_MISSION", "2012-04-03");
    await withdrawAssessment(db.prisma, ed, { id: withdrawn, version: 1, reason: "wrong item" });
    // Same day, same assessor type: the later entry wins (not the assessor's name, not the status).
    tieIds = [
      await assess(ids["4(a)"]!, "MOSTLY_IMPLEMENTED", "ODIHR_MISSION", "2014-02-01", "Zeta"),
      await assess(ids["4(a)"]!, "PARTIALLY_IMPLEMENTED", "ODIHR_MISSION", "2014-02-01", "Alpha"),
    ];
    await addFollowUp(
      db.prisma,
      ed,
      NewFollowUpSchema.parse({ recommendationId: ids["2(b)"], date: "2012-01-10", actionTaken: "Law amended" }),
    );
    const note = await addFollowUp(
      db.prisma,
      ed,
      NewFollowUpSchema.parse({
        recommendationId: ids["2(c)"],
        date: "2012-02",
        actionTaken: "Internal note",
        internal: "on",
      }),
    );
    internalNote = note.kind === "ok" ? note.value.id : "";
    editor = ed;
    // A new answer of the state, dated 2013 (counts from 31 December 2013), recorded today.
    const r = await addResponse(
      db.prisma,
      ed,
      NewResponseSchema.parse({
        recommendationId: ids["1"],
        status: "IMPLEMENTED",
        date: "2013",
        statusSentence: "Recommendation is implemented.",
      }),
    );
    if (r.kind !== "ok") throw new Error(`response not recorded: ${JSON.stringify(r)}`);
    const inst = await createInstitution(db.prisma, u.actor(u.admin), { name: "Parliament" });
    instId = inst.kind === "ok" ? inst.value.id : "";
    await assignInstitution(
      db.prisma,
      ed,
      AssignmentSchema.parse({ recommendationId: ids["2(b)"], institutionId: instId, date: "2012" }),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it("counts every cycle in both lenses, now: the latest entries, whatever their date", async () => {
    const o = await overview(NOW, {});
    const c2011 = o.cycles.find((c) => c.slug === "kz-2011")!;
    expect(c2011.tally.total).toBe(32);
    expect(c2011.tally.state).toEqual({ ...STATE_2011, IMPLEMENTED: 12, AT_STAGE_OF_IMPLEMENTATION: 1 });
    // 2(e): the latest assessment is civil society's "fully"; 3(a)'s was withdrawn; 4(a): the later of two same-day entries.
    expect(c2011.tally.independent).toEqual({
      FULLY_IMPLEMENTED: 1,
      MOSTLY_IMPLEMENTED: 0,
      PARTIALLY_IMPLEMENTED: 1,
      NOT_IMPLEMENTED: 1,
      NOT_YET_ASSESSED: 29,
    });
    expect(c2011.tally.cross.IMPLEMENTED.NOT_IMPLEMENTED).toBe(1);
    expect(c2011.tally.stateImplementedShare).toBeCloseTo(12 / 32);
    // The internal note on 2(c) counts nowhere.
    expect([c2011.followUpsLast30, c2011.followUpsLast90, c2011.withoutFollowUp]).toEqual([1, 1, 31]);
    expect(o.cycles.map((c) => [c.slug, c.tally.total])).toEqual([
      ["kz-2005", 1],
      ["kz-2007", 1],
      ["kz-2011", 32],
      ["kz-2012", 0],
    ]);
    expect(o.cycles.find((c) => c.slug === "kz-2005")!.claims[0]).toMatchObject({ value: 20, outOf: 30 });
    expect([o.page, o.pages, o.totalCycles]).toEqual([1, 1, 4]);
  });

  it("shows the status on a day in the world: the seeded answers from 30 September 2011, nothing before", async () => {
    const mid2012 = await kz2011(on("2012-06-01"));
    expect(mid2012.tally.state).toEqual(STATE_2011);
    expect(mid2012.tally.independent).toEqual({ ...NONE_ASSESSED, NOT_IMPLEMENTED: 2, NOT_YET_ASSESSED: 30 });
    expect(mid2012.withoutFollowUp).toBe(31);
    const mid2011 = await kz2011(on("2011-06-01"));
    expect(mid2011.tally.total).toBe(32);
    expect(mid2011.tally.state.NO_RESPONSE).toBe(32);
    expect(mid2011.tally.independent).toEqual(NONE_ASSESSED);
    expect(mid2011.withoutFollowUp).toBe(32);
    // "Between 13 July and 30 September 2011" counts from its last possible day.
    expect((await kz2011(on("2011-09-29"))).tally.state.NO_RESPONSE).toBe(32);
    expect((await kz2011(on("2011-09-30"))).tally.state.NO_RESPONSE).toBe(0);
  });

  it("shows what the tracker held on a day (as recorded), and both clocks together", async () => {
    // The 2013 answer counts from 31 December 2013...
    expect((await kz2011(on("2013-12-30"))).tally.state.IMPLEMENTED).toBe(11);
    expect((await kz2011(on("2014-01-01"))).tally.state.IMPLEMENTED).toBe(12);
    // ...but the tracker did not know it yesterday.
    const known = await kz2011({ on: "2014-01-01", asOf: YESTERDAY });
    expect(known.tally.state).toEqual(STATE_2011);
    expect(known.tally.independent).toEqual(NONE_ASSESSED);
    expect(known.withoutFollowUp).toBe(32);
    const recorded = await kz2011({ on: null, asOf: YESTERDAY });
    expect(recorded.tally.state).toEqual(STATE_2011);
    expect([recorded.followUpsLast30, recorded.followUpsLast90]).toEqual([0, 0]);
    // Before the seed was recorded, the tracker held nothing.
    expect((await overview({ on: null, asOf: "2019-12-31" }, {})).cycles.every((c) => c.tally.total === 0)).toBe(true);
  });

  it("breaks same-day ties by entry order, on the dashboard and in the status rows", async () => {
    const [row] = await statusRows(NOW, { ids: [ids["4(a)"]!] });
    expect([row!.independent, row!.assessmentId]).toEqual(["PARTIALLY_IMPLEMENTED", tieIds[1]]);
    const d = (await cycleDashboard("kz-2011", on("2014-02-01"), {}, null))!;
    expect(d.total.independent).toMatchObject({ PARTIALLY_IMPLEMENTED: 1, MOSTLY_IMPLEMENTED: 0 });
    expect(
      (await drillDown(cycle2011, on("2014-02-01"), {}, { independent: "PARTIALLY_IMPLEMENTED" })).map((r) => r.label),
    ).toEqual(["4(a)"]);
    expect((await kz2011(on("2014-01-31"))).tally.independent.PARTIALLY_IMPLEMENTED).toBe(0);
  });

  it("never counts a withdrawn assessment", async () => {
    for (const m of [NOW, on("2012-04-03"), on("2013-01-01")]) {
      const [row] = await statusRows(m, { ids: [ids["3(a)"]!] });
      expect([row!.independent, row!.assessmentId]).toEqual(["NOT_YET_ASSESSED", null]);
    }
    expect((await drillDown(cycle2011, NOW, {}, { fullyOrMostly: true })).map((r) => r.label)).toEqual(["2(e)"]);
  });

  it("never counts internal follow-up entries, and keeps them out of readers' recent activity", async () => {
    expect((await drillDown(cycle2011, NOW, {}, { noFollowUp: true })).map((r) => r.label)).toContain("2(c)");
    const reader = (await cycleDashboard("kz-2011", NOW, {}, null))!;
    const followUps = reader.recent.filter((e) => e.entityType === "FollowUp");
    expect(followUps.map((e) => e.recommendationLabel)).toEqual(["2(b)"]);
    const editor = (await cycleDashboard("kz-2011", NOW, {}, null, true))!;
    expect(editor.recent.filter((e) => e.entityType === "FollowUp").map((e) => e.recommendationLabel)).toEqual([
      "2(c)",
      "2(b)",
    ]);
    // Recent activity says which recommendation each change touched.
    expect(reader.recent.length).toBeGreaterThan(0);
    expect(reader.recent.every((e) => e.recommendationId === null || e.recommendationLabel !== null)).toBe(true);
    expect(reader.recent.find((e) => e.entityType === "StateResponse")).toMatchObject({
      action: "create",
      recommendationLabel: "1",
    });
    // As recorded yesterday, none of today's changes had happened.
    expect((await cycleDashboard("kz-2011", { on: null, asOf: YESTERDAY }, {}, null))!.recent).toEqual([]);
  });

  it("filters the independent lens by assessor type", async () => {
    const odihr = await kz2011(NOW, { assessor: "ODIHR_MISSION" });
    expect(odihr.tally.independent).toEqual({
      FULLY_IMPLEMENTED: 0,
      MOSTLY_IMPLEMENTED: 0,
      PARTIALLY_IMPLEMENTED: 1,
      NOT_IMPLEMENTED: 2,
      NOT_YET_ASSESSED: 29,
    });
  });

  it("breaks a cycle down by priority, section and institution, and lists what is behind each number", async () => {
    const d = (await cycleDashboard("kz-2011", NOW, {}, "2012-01-01"))!;
    expect(d.byPriority.map((p) => [p.key, p.tally.total])).toEqual([
      ["PRIORITY", 19],
      ["OTHER", 13],
    ]);
    expect(d.bySection.map((s) => [s.label, s.tally.total])).toEqual([
      ["A. Priority recommendations", 19],
      ["B. Other recommendations", 13],
    ]);
    expect(d.byInstitution.map((i) => [i.label, i.tally.total, i.tally.independent.NOT_IMPLEMENTED])).toEqual([
      ["Parliament", 1, 1],
    ]);
    // Responsible since 2012 (from 31 December 2012): not yet in mid-2012.
    expect((await cycleDashboard("kz-2011", on("2012-06-01"), {}, null))!.byInstitution).toEqual([]);
    // Stale since 2012-01-01: all but 2(b) (follow-up, assessment), 2(e) and 4(a) (assessments); not 3(a) (withdrawn), nor 2(c) (internal).
    expect(d.staleCount).toBe(29);
    expect((await drillDown(cycle2011, NOW, {}, { staleSince: "2012-01-01" })).length).toBe(29);
    expect(
      (await drillDown(cycle2011, NOW, {}, { state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" })).map(
        (r) => r.label,
      ),
    ).toEqual(["2(b)"]);
    expect((await drillDown(cycle2011, NOW, {}, { institution: instId })).map((r) => r.label)).toEqual(["2(b)"]);
    expect((await drillDown(cycle2011, NOW, {}, { state: "ACCEPTED_IN_PART" })).map((r) => r.label)).toEqual(["6(a)"]);
    expect(
      (await drillDown(cycle2011, on("2012-06-01"), {}, { state: "AT_STAGE_OF_IMPLEMENTATION" })).map((r) => r.label),
    ).toEqual(["1", "5"]);
    expect((await drillDown(cycle2011, NOW, {}, { state: "AT_STAGE_OF_IMPLEMENTATION" })).map((r) => r.label)).toEqual([
      "5",
    ]);
  });

  it("gives each listed lettered part the lead-in it shares, so it reads alone", async () => {
    const rows = await drillDown(cycle2011, NOW, {}, { state: "CANNOT_BE_ACCEPTED" });
    const a = rows.find((r) => r.label === "2(a)")!;
    expect(a.number).toBe(2);
    expect(a.text).toContain("revising the way the CEC is appointed,");
    expect(a.leadIn).toMatch(/^Guaranteeing inclusive composition, as well as impartial and independent performance/);
    expect(rows.find((r) => r.label === "1")?.leadIn ?? null).toBeNull();
  });

  it("pages the overview, the cycles of each country together", async () => {
    await addCountryCycles(
      db,
      "KG",
      "Kyrgyzstan",
      Array.from({ length: OVERVIEW_PAGE_SIZE }, (_, i) => 1995 + i),
    );
    const first = await overview(NOW, {}, 1);
    expect([first.pages, first.totalCycles, first.cycles.length]).toEqual([
      2,
      OVERVIEW_PAGE_SIZE + 4,
      OVERVIEW_PAGE_SIZE,
    ]);
    // Countries by name, then years: Kazakhstan's four cycles, then Kyrgyzstan's first.
    expect(first.cycles.slice(0, 5).map((c) => [c.country.name, c.year])).toEqual([
      ["Kazakhstan", 2005],
      ["Kazakhstan", 2007],
      ["Kazakhstan", 2011],
      ["Kazakhstan", 2012],
      ["Kyrgyzstan", 1995],
    ]);
    const second = await overview(NOW, {}, 2);
    // The last four of Kyrgyzstan's cycles did not fit on the first page.
    const last = 1995 + OVERVIEW_PAGE_SIZE - 1;
    expect(second.cycles.map((c) => [c.country.name, c.year])).toEqual(
      [last - 3, last - 2, last - 1, last].map((y) => ["Kyrgyzstan", y]),
    );
    expect(second.cycles.every((c) => c.tally.total === 0)).toBe(true);
    expect((await overview(NOW, {}, 3)).cycles).toEqual([]);
  });

  // Last: it changes the figures above.
  it("counts an internal note made public from then on, and shows that change to readers", async () => {
    const r = await correctFollowUp(
      db.prisma,
      editor,
      CorrectFollowUpSchema.parse({
        id: internalNote,
        version: 1,
        date: "2012-02",
        actionTaken: "Public now",
        reason: "Cleared for publication",
      }),
    );
    expect(r.kind).toBe("ok");
    expect((await kz2011(NOW)).withoutFollowUp).toBe(30);
    const reader = (await cycleDashboard("kz-2011", NOW, {}, null))!;
    expect(
      reader.recent.filter((e) => e.entityType === "FollowUp").map((e) => [e.action, e.recommendationLabel]),
    ).toEqual([
      ["update", "2(c)"],
      ["create", "2(b)"],
    ]);
  });
});
