import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { cycleDashboard } from "@/lib/dashboards/queries";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import { NOW, type Moment } from "@/lib/status/moment";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addCountryCycles, backdateRecorded } from "@/lib/test/history";
import { CYCLE_PAGE_SIZE, getCycle, listCycles } from "./queries";

const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const on = (day: string): Moment => ({ on: day, asOf: null });
const SEEDED_2011 = {
  IMPLEMENTED: 11,
  CANNOT_BE_ACCEPTED: 11,
  REQUIRES_FURTHER_STUDY: 7,
  AT_STAGE_OF_IMPLEMENTATION: 2,
  ACCEPTED_IN_PART: 1,
};

describe(`cycle queries on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    // The seed counts as recorded long ago; what follows is recorded today.
    await backdateRecorded(db, "2020-01-01");
    const ed = u.actor(u.editor);
    // 5 answers again in 2013 (implemented); 2(b) is assessed on 3 April 2012.
    const r = await addResponse(
      db.prisma,
      ed,
      NewResponseSchema.parse({
        recommendationId: await recommendationId(db, "kz-2011", "5"),
        status: "IMPLEMENTED",
        date: "2013",
      }),
    );
    if (r.kind !== "ok") throw new Error(`response not recorded: ${JSON.stringify(r)}`);
    const a = await addAssessment(
      db.prisma,
      ed,
      NewAssessmentSchema.parse({
        recommendationId: await recommendationId(db, "kz-2011", "2(b)"),
        status: "NOT_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        date: "2012-04-03",
        rationale: "test",
      }),
    );
    if (a.kind !== "ok") throw new Error(`assessment not recorded: ${JSON.stringify(a)}`);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lists the cycles with recommendation counts and response counts computed by the database", async () => {
    const list = await listCycles(1, NOW);
    expect([list.page, list.pages, list.total]).toEqual([1, 1, 4]);
    expect(list.cycles.map((c) => [c.slug, c.recorded])).toEqual([
      ["kz-2005", 1],
      ["kz-2007", 1],
      ["kz-2011", 32],
      ["kz-2012", 0],
    ]);
    const c2011 = list.cycles.find((c) => c.slug === "kz-2011")!;
    expect(c2011.responseCounts).toEqual({ ...SEEDED_2011, IMPLEMENTED: 12, AT_STAGE_OF_IMPLEMENTATION: 1 });
    expect(list.cycles.find((c) => c.slug === "kz-2005")!.responseCounts).toEqual({ NO_RESPONSE: 1 });
  });

  it("counts the responses on a day in the world, and as recorded on a day", async () => {
    const at = async (m: Moment) => (await listCycles(1, m)).cycles.find((c) => c.slug === "kz-2011")!;
    expect((await at(on("2012-06-01"))).responseCounts).toEqual(SEEDED_2011);
    expect((await at(on("2011-06-01"))).responseCounts).toEqual({ NO_RESPONSE: 32 });
    expect((await at({ on: "2014-01-01", asOf: YESTERDAY })).responseCounts).toEqual(SEEDED_2011);
    const before = await at({ on: null, asOf: "2019-12-31" });
    expect([before.recorded, before.responseCounts]).toEqual([0, {}]);
  });

  it("returns 2011 in report order with its sections and topics", async () => {
    const d = (await getCycle("kz-2011", {}))!;
    expect(d.recommendations.map((r) => r.label).slice(0, 6)).toEqual(["1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)"]);
    expect(d.recommendations).toHaveLength(32);
    expect(d.sections.filter((s) => !s.parentId).map((s) => s.title)).toEqual([
      "A. Priority recommendations",
      "B. Other recommendations",
    ]);
    expect(d.sections.filter((s) => s.parentId).map((s) => s.title)).toEqual([
      "Legal framework",
      "Election administration",
      "Voter registration",
      "Adjudication of election disputes",
      "Media",
      "Election day",
    ]);
    expect(d.documents.map((x) => x.slug).sort()).toEqual([
      "kz-2011-cec-comments",
      "kz-2011-hdim-statement",
      "kz-2011-us-statement",
    ]);
  });

  it("filters by section (including its topics), topic, both lenses and priority", async () => {
    const labels = async (f: Parameters<typeof getCycle>[1], m: Moment = NOW) =>
      (await getCycle("kz-2011", f, m))!.recommendations.map((r) => r.label);
    expect(await labels({ section: "B/media" })).toEqual(["20"]);
    expect((await labels({ section: "B" })).length).toBe(13);
    expect(await labels({ status: "ACCEPTED_IN_PART" })).toEqual(["6(a)"]);
    expect((await labels({ priority: "PRIORITY" })).length).toBe(19);
    expect(await labels({ section: "A", status: "AT_STAGE_OF_IMPLEMENTATION" })).toEqual(["1"]);
    expect(await labels({ section: "A", status: "AT_STAGE_OF_IMPLEMENTATION" }, on("2012-06-01"))).toEqual(["1", "5"]);
    expect(await labels({ status: "NO_RESPONSE" })).toEqual([]);
    expect(await labels({ independent: "NOT_IMPLEMENTED" })).toEqual(["2(b)"]);
    expect(await labels({ independent: "NOT_IMPLEMENTED" }, on("2012-04-02"))).toEqual([]);
    expect((await getCycle("kz-2005", { status: "NO_RESPONSE" }))!.recommendations.map((r) => r.label)).toEqual(["17"]);
  });

  it("counts the same figures as the dashboard, at every moment", async () => {
    for (const m of [NOW, on("2012-06-01"), on("2011-06-01"), { on: "2014-01-01", asOf: YESTERDAY }]) {
      const page = (await getCycle("kz-2011", {}, m))!;
      const dash = (await cycleDashboard("kz-2011", m, {}, null))!;
      expect(page.total).toBe(dash.total.total);
      for (const [status, n] of Object.entries(dash.total.state))
        expect(page.responseCounts[status as keyof typeof page.responseCounts] ?? 0).toBe(n);
      for (const [status, n] of Object.entries(dash.total.independent))
        expect(page.assessmentCounts[status as keyof typeof page.assessmentCounts] ?? 0).toBe(n);
      // Each item carries both lenses at that moment.
      expect(page.recommendations.filter((r) => r.state === "IMPLEMENTED")).toHaveLength(dash.total.state.IMPLEMENTED);
      expect(page.recommendations.filter((r) => r.independent === "NOT_IMPLEMENTED")).toHaveLength(
        dash.total.independent.NOT_IMPLEMENTED,
      );
    }
  });

  it("shows an empty cycle as recorded before its texts were", async () => {
    const d = (await getCycle("kz-2011", {}, { on: null, asOf: "2019-12-31" }))!;
    expect([d.total, d.recommendations.length, d.responseCounts]).toEqual([0, 0, {}]);
  });

  it("returns null for an unknown cycle", async () => {
    expect(await getCycle("kz-1999", {})).toBeNull();
  });

  it("pages the cycle list, the cycles of each country together", async () => {
    await addCountryCycles(
      db,
      "AM",
      "Armenia",
      Array.from({ length: CYCLE_PAGE_SIZE }, (_, i) => 1996 + i),
    );
    const first = await listCycles(1, NOW);
    expect([first.pages, first.total, first.cycles.length]).toEqual([2, CYCLE_PAGE_SIZE + 4, CYCLE_PAGE_SIZE]);
    expect(first.cycles.every((c) => c.country.name === "Armenia")).toBe(true);
    const second = await listCycles(2, NOW);
    expect(second.cycles.map((c) => [c.country.name, c.year, c.recorded])).toEqual([
      ["Kazakhstan", 2005, 1],
      ["Kazakhstan", 2007, 1],
      ["Kazakhstan", 2011, 32],
      ["Kazakhstan", 2012, 0],
    ]);
    expect((await listCycles(3, NOW)).cycles).toEqual([]);
  });
});
