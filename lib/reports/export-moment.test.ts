// The report's two clocks in every format: "Status on" a real-world day (the
// seeded 2011 answers are dated between 13 July and 30 September 2011) and
// "As recorded on" a tracker day; "Changes since" compares with the status on
// an earlier day. The figures are the dashboards' (one definition).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { cycleDashboard } from "@/lib/dashboards/queries";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import { STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { momentOfReport, reportHeader } from "./model";
import { parseReportOptions } from "./schema";
import { collectReport, computeFingerprint } from "./export-run";
import { summaryTables } from "./export-text";
import { allCells, csvRecords, docxText, generate, pdfText, workbook } from "./export-test-kit";

const opts = (q: Record<string, string> = {}) => {
  const { options, invalid } = parseReportOptions(q);
  expect(invalid).toEqual([]);
  return options;
};
async function run(q: Record<string, string>) {
  const options = opts(q);
  const header = (await reportHeader("kz-2011", options))!;
  const meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options) };
  return {
    options,
    header,
    meta,
    gen: (f: "pdf" | "docx" | "xlsx" | "csv" | "json") => generate(f, header, options, meta),
  };
}
const SEEDED_ON_2012 = {
  IMPLEMENTED: 11,
  AT_STAGE_OF_IMPLEMENTATION: 2,
  ACCEPTED_IN_PART: 1,
  REQUIRES_FURTHER_STUDY: 7,
  CANNOT_BE_ACCEPTED: 11,
  NO_RESPONSE: 0,
};

describe(`report clocks on ${testEngine}`, () => {
  let db: Database;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    // A later answer to recommendation 1, dated March 2013: the status on 1 June 2012 still shows the seeded one.
    const later = NewResponseSchema.parse({
      recommendationId: await recommendationId(db, "kz-2011", "1"),
      status: "IMPLEMENTED",
      date: "2013-03",
      text: "A later answer (test entry).",
    });
    expect((await addResponse(db.prisma, u.actor(u.editor), later)).kind).toBe("ok");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("before the seeded answers (Status on 1 June 2011): no responses in the summary, the items or any format", async () => {
    const { header, gen } = await run({ on: "2011-06-01" });
    expect(header.summary.total.total).toBe(32);
    expect(header.summary.total.state.NO_RESPONSE).toBe(32);
    const { items } = await collectReport(header, opts({ on: "2011-06-01" }));
    expect(items.filter((i) => i.response !== null)).toEqual([]);
    const csv = csvRecords(await gen("csv")).records;
    expect(new Set(csv.map((r) => r["State response"]))).toEqual(new Set(["No response recorded"]));
    expect(csv.every((r) => r["Status on"] === "Status on 1 June 2011" && r["Date of the response"] === "")).toBe(true);
    const j = JSON.parse((await gen("json")).toString("utf8"));
    expect(j.moment).toMatchObject({
      on: "2011-06-01",
      statusText: "Status on 1 June 2011",
      asOf: null,
      recordedText: "As currently recorded",
    });
    expect(j.items.every((i: { response: unknown }) => i.response === null)).toBe(true);
    const pdf = (await pdfText(await gen("pdf"))).text;
    expect(pdf).toContain("Status on 1 June 2011");
    expect(pdf).not.toContain("The CEC standpoint");
    expect(pdf).not.toContain("Date of the response");
  });

  it("after them (Status on 1 June 2012): the seeded figures, the dashboard's figures, and the answer then, not the later one", async () => {
    const { options, header, meta, gen } = await run({ on: "2012-06-01" });
    expect(header.summary.total.state).toEqual(SEEDED_ON_2012);
    const dash = (await cycleDashboard("kz-2011", momentOfReport(options), {}, null))!;
    expect(header.summary.total).toEqual(dash.total);
    const { items } = await collectReport(header, options);
    for (const s of STATE_RESPONSE_ORDER)
      expect(items.filter((i) => (i.response?.status ?? "NO_RESPONSE") === s).length, s).toBe(SEEDED_ON_2012[s]);
    expect(items[0]!.response).toMatchObject({ status: "AT_STAGE_OF_IMPLEMENTATION", date: { to: "2011-09-30" } });

    const csv = csvRecords(await gen("csv")).records;
    expect(csv[0]).toMatchObject({
      Recommendation: "1",
      "State response": "At the stage of implementation",
      "Status on": "Status on 1 June 2012",
    });
    const docx = await docxText(await gen("docx"));
    for (const s of [
      "Status on 1 June 2012",
      "As currently recorded",
      "32 recommendations recorded for this cycle (status on 1 June 2012, as currently recorded)",
    ])
      expect(docx).toContain(s);
    const xlsx = allCells(await workbook(await gen("xlsx")));
    expect(xlsx).toContain("Status on 1 June 2012");
    expect(xlsx).toContain(meta.fingerprint);
    // Without a day, the latest answer counts, whatever its date.
    const latest = await run({});
    expect(latest.header.summary.total.state.IMPLEMENTED).toBe(12);
    expect(latest.meta.fingerprint).not.toBe(meta.fingerprint);
  });

  it("changes since compare with the status on that earlier day", async () => {
    const { header } = await run({ on: "2012-06-01", since: "2011-06-01" });
    expect(header.since).toMatchObject({
      date: "2011-06-01",
      tally: { total: 32, state: { NO_RESPONSE: 32, IMPLEMENTED: 0 } },
    });
    const state = summaryTables(header).find((t) => t.id === "summary-state")!;
    expect(state.head.slice(-2)).toEqual(["On 1 June 2011", "Change"]);
    expect(state.rows.find((r) => r.cells[0] === "Implemented")!.cells.slice(-4)).toEqual(["11", "34%", "0", "+11"]);
    // A "since" day after the "Status on" day is named and ignored.
    const bad = parseReportOptions({ on: "2012-06-01", since: "2013-01-01" });
    expect(bad.invalid).toEqual(["since"]);
    expect(bad.options.since).toBeUndefined();
  });

  it("As recorded on a day before the data was entered: nothing recorded, labelled so in every format", async () => {
    const { header, gen } = await run({ asOf: "2000-01-01", on: "2012-06-01" });
    expect(header.summary.total.total).toBe(0);
    expect(header.asOf.toISOString()).toBe("2000-01-01T23:59:59.999Z");
    const csv = await gen("csv");
    expect(csvRecords(csv).records).toHaveLength(0);
    const j = JSON.parse((await gen("json")).toString("utf8"));
    expect(j.moment).toMatchObject({
      on: "2012-06-01",
      asOf: "2000-01-01",
      statusText: "Status on 1 June 2012",
      recordedText: "As recorded on 1 January 2000",
    });
    for (const t of [
      (await pdfText(await gen("pdf"))).text,
      await docxText(await gen("docx")),
      allCells(await workbook(await gen("xlsx"))).join("\n"),
    ]) {
      expect(t).toContain("Status on 1 June 2012");
      expect(t).toContain("As recorded on 1 January 2000");
    }
    // The same figures as the dashboard at the same moment, today too.
    const today = new Date().toISOString().slice(0, 10);
    for (const q of [{ asOf: today }, { asOf: today, on: "2011-09-30" }] as Record<string, string>[]) {
      const o = opts(q);
      const h = (await reportHeader("kz-2011", o))!;
      expect(h.summary.total).toEqual((await cycleDashboard("kz-2011", momentOfReport(o), {}, null))!.total);
    }
  });
});
