// The report in every format, from the seeded database through the real
// mutations: content, report order, dated entries, earlier forms, shared
// lead-ins, Cyrillic and Kazakh text, formula injection, internal notes, no
// developer wording, and one fingerprint. The two clocks: export-moment.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { UNCERTAIN_DATES_RULE, datedToForm } from "@/lib/dated";
import { correctResponse } from "@/lib/responses/mutations";
import { CorrectResponseSchema } from "@/lib/responses/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { linkRecommendations } from "@/lib/links/mutations";
import { LinkSchema } from "@/lib/links/schema";
import { reportHeader, type ReportHeader } from "./model";
import { parseReportOptions, type ReportOptions } from "./schema";
import { collectReport, computeFingerprint } from "./export-run";
import {
  RECOMMENDATION_COLUMNS,
  titleBlock,
  ReportOutline,
  itemBlocks,
  reportFileName,
  type ExportItem,
  type ExportMeta,
} from "./export-text";
import { allCells, csvRecords, docxText, generate, parseCsv, pdfText, sheetRecords, workbook } from "./export-test-kit";
import { KZ_2011_LABELS as ORDER_2011 } from "@/lib/test/kz-2011";
import { bulkAssignTheme } from "@/lib/themes/mutations";
import { BulkAssignSchema } from "@/lib/themes/schema";

const RUSSIAN = "Центральная избирательная комиссия";
const KAZAKH = "Орталық сайлау комиссиясы";
const INJECTION = '=HYPERLINK("http://evil.example/?x=1","Click here")';
const INTERNAL = "Internal note 7f3a: not for publication";
const LEAD_IN_2 =
  "Guaranteeing inclusive composition, as well as impartial and independent performance, of election commissions at all levels. To this end, consideration could be given to";
const EARLIER = "Earlier form: 2007, recommendation 15 (repeats)";
const RESPONSE_DATE = "Date of the response: between 13 July 2011 and 30 September 2011";
// What a citable output must never show: source line numbers, test talk, database ids, enum codes.
const DEVELOPER_WORDING = [
  /text line \d/i,
  /test suite/i,
  /\bc[a-z0-9]{24}\b/,
  /\b[A-Z]{2,}(?:_[A-Z]+)+\b/,
  /\b(?:RANGE|DAY|MONTH|YEAR|REPEATS|BUILDS_ON)\b/,
];

const opts = (q: Record<string, string> = {}) => {
  const { options, invalid } = parseReportOptions(q);
  expect(invalid).toEqual([]);
  return options;
};

describe(`report exports on ${testEngine}`, () => {
  let db: Database;
  let header: ReportHeader;
  let options: ReportOptions;
  let meta: ExportMeta;
  let fingerprintBefore: string;
  const out: Partial<Record<"pdf" | "docx" | "xlsx" | "csv" | "json", Buffer>> = {};
  const text: { pdf?: string; docx?: string; pages?: number } = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const editor = u.actor(u.editor);
    options = opts();
    fingerprintBefore = await computeFingerprint((await reportHeader("kz-2011", options))!, options);

    // Cyrillic (Russian, Kazakh) in the CEC's response to 2(a): a correction of the entry, same status and date.
    const rec2a = await recommendationId(db, "kz-2011", "2(a)");
    const before = await db.prisma.stateResponse.findFirstOrThrow({ where: { recommendationId: rec2a } });
    const corrected = await correctResponse(
      db.prisma,
      editor,
      CorrectResponseSchema.parse({
        id: before.id,
        version: String(before.version),
        status: before.status,
        statusSentence: before.statusSentence ?? "",
        text: `${before.text}\n\n${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`,
        documentId: before.documentId ?? "",
        location: before.location ?? "",
        ...datedToForm(before),
        reason: "Added the Russian and Kazakh names",
      }),
    );
    expect(corrected.kind).toBe("ok");
    // A follow-up whose text is a spreadsheet formula, one internal note, one assessment whose rationale is a formula.
    const rec5 = await recommendationId(db, "kz-2011", "5");
    const fu = (v: Record<string, string>) =>
      addFollowUp(db.prisma, editor, NewFollowUpSchema.parse({ recommendationId: rec5, ...v }));
    expect((await fu({ date: "2011-09-09", actionTaken: INJECTION, nextStep: `${KAZAKH}: round table` })).kind).toBe(
      "ok",
    );
    expect((await fu({ date: "2011-09-10", actionTaken: INTERNAL, internal: "on" })).kind).toBe("ok");
    const assessment = NewAssessmentSchema.parse({
      recommendationId: rec5,
      status: "NOT_IMPLEMENTED",
      assessorType: "ODIHR_MISSION",
      assessorName: "EOM 2012",
      date: "2012-04-03",
      rationale: `+${INJECTION}`,
    });
    expect((await addAssessment(db.prisma, editor, assessment)).kind).toBe("ok");
    // 2011 recommendation 13 recorded as repeating 2007 recommendation 15 (test data: a link, no text).
    const link = LinkSchema.parse({
      fromId: await recommendationId(db, "kz-2011", "13"),
      toId: await recommendationId(db, "kz-2007", "15"),
      kind: "REPEATS",
    });
    expect((await linkRecommendations(db.prisma, editor, link)).kind).toBe("ok");
    // Two themes on 13 (exports list them by name, alphabetical, from lib/themes' one query).
    for (const name of ["Media", "Election day"]) {
      const themeId = (await db.prisma.theme.findUniqueOrThrow({ where: { name } })).id;
      const given = await bulkAssignTheme(
        db.prisma,
        editor,
        BulkAssignSchema.parse({ recommendationIds: [link.fromId], themeId }),
      );
      expect(given.kind).toBe("ok");
    }

    header = (await reportHeader("kz-2011", options))!;
    meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options) };
    for (const f of ["pdf", "docx", "xlsx", "csv", "json"] as const) out[f] = await generate(f, header, options, meta);
    const pdf = await pdfText(out.pdf!);
    [text.pdf, text.pages, text.docx] = [pdf.text, pdf.pages, await docxText(out.docx!)];
  }, 180_000);

  afterAll(async () => {
    await db?.close();
  });

  it("PDF: title block with both clocks, counts, the verbatim text in report order, dates, forms, Cyrillic, page numbers; no internal note", () => {
    const t = text.pdf!;
    expect(text.pages).toBeGreaterThan(5);
    for (const s of [
      "2011 Early presidential election",
      "Status: latest recorded",
      "As currently recorded",
      `Fingerprint ${meta.fingerprint}`,
      "Generated ",
      "Summary",
      "32",
      `2. ${LEAD_IN_2}`,
      "revising the way the CEC is appointed,",
      RESPONSE_DATE,
      "Note on the date: Undated in our copy",
      EARLIER,
      "Assessed by: ODIHR mission (EOM 2012), 3 April 2012",
      "9 September 2011:",
      RUSSIAN,
      KAZAKH,
      "Not yet assessed",
      `Page 1 of ${text.pages}`,
      "A. Priority recommendations",
      "Adjudication of election disputes",
      `Uncertain dates: ${UNCERTAIN_DATES_RULE}`,
    ]) {
      expect(t).toContain(s);
    }
    expect(t).not.toContain(INTERNAL);
    // Report order: each label's heading appears after the previous one.
    let at = 0;
    for (const l of ORDER_2011) {
      const i = t.indexOf(`Recommendation ${l} `, at);
      expect(i, l).toBeGreaterThan(at - 1);
      at = i;
    }
  });

  it("DOCX: Word headings, the recommendation text with its lead-in, both clocks, dates, forms, Cyrillic; no internal note", async () => {
    const mammoth = (await import("mammoth")).default;
    const { value: html } = await mammoth.convertToHtml({ buffer: out.docx! });
    for (const h of [
      "<h1>Summary</h1>",
      "<h1>Recommendations</h1>",
      "<h2>A. Priority recommendations</h2>",
      "<h3>Legal framework</h3>",
      "<h3>Recommendation 2(a)</h3>",
      "<h4>Recommendation 12</h4>",
    ]) {
      expect(html).toContain(h);
    }
    const t = text.docx!;
    for (const s of [
      "Status: latest recorded",
      "As currently recorded",
      `2. ${LEAD_IN_2}`,
      "revising the way the CEC is appointed,",
      RESPONSE_DATE,
      EARLIER,
      RUSSIAN,
      KAZAKH,
      `Fingerprint ${meta.fingerprint}`,
      INJECTION,
      UNCERTAIN_DATES_RULE,
    ]) {
      expect(t).toContain(s);
    }
    expect(t).not.toContain(INTERNAL);
  });

  it("XLSX: 32 rows in report order with lead-ins, dates in words and bounds, forms; bold frozen header; formulas stay inert text", async () => {
    const wb = await workbook(out.xlsx!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Recommendations", "Follow-ups", "Summary", "About"]);
    const recs = wb.getWorksheet("Recommendations")!;
    expect(recs.getRow(1).font?.bold).toBe(true);
    expect(recs.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = sheetRecords(recs);
    expect(rows.map((r) => r.Recommendation)).toEqual(ORDER_2011);
    const r2a = rows[1]!;
    expect(r2a).toMatchObject({
      "Shared lead-in": LEAD_IN_2,
      "Recommendation text": "revising the way the CEC is appointed,",
      "State response": "Cannot be accepted",
      "Date of the response": "between 13 July 2011 and 30 September 2011",
      "Precision of the response date": "range",
      "Response date from": new Date("2011-07-13T00:00:00.000Z"),
      "Response date to": new Date("2011-09-30T00:00:00.000Z"),
      "Status on": "Status: latest recorded",
      Fingerprint: meta.fingerprint,
    });
    expect(String(r2a["Response text"])).toContain(`${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`);
    expect(rows.every((r) => String(r["As recorded on"]).startsWith("As currently recorded"))).toBe(true);
    expect(
      rows.every(
        (r) =>
          r["Link"] === `http://localhost:3000/recommendations/${r["Record id"]}` &&
          /^v[0-9a-f]{12}$/.test(String(r["Row stamp"])),
      ),
    ).toBe(true);
    expect(rows[ORDER_2011.indexOf("13")]!["Earlier forms"]).toBe("2007, recommendation 15 (repeats)");
    expect(rows[ORDER_2011.indexOf("13")]!.Themes).toBe("Election day; Media");
    const r5 = rows[ORDER_2011.indexOf("5")]!;
    expect(r5).toMatchObject({
      "Independent assessment": "Not implemented",
      Rationale: `'+${INJECTION}`,
      "Follow-up entries": 1,
      "Date of the assessment": "3 April 2012",
    });

    const fus = sheetRecords(wb.getWorksheet("Follow-ups")!);
    expect(fus).toHaveLength(1);
    expect(fus[0]).toMatchObject({
      Recommendation: "5",
      "Date of the action": "9 September 2011",
      "Precision of the action date": "day",
      "Action taken": `'${INJECTION}`,
      "Next step": `${KAZAKH}: round table`,
    });
    const action = wb.getWorksheet("Follow-ups")!.getRow(2).getCell(7);
    expect([action.type, action.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
    const everything = allCells(wb);
    expect(everything.join("\n")).not.toContain(INTERNAL);
    expect(everything.some((c) => c.startsWith("=") || c.startsWith("+"))).toBe(false);
    const about = everything.join("\n");
    for (const s of [meta.fingerprint, "Status: latest recorded", "As currently recorded", UNCERTAIN_DATES_RULE])
      expect(about).toContain(s);
  });

  it("CSV: UTF-8 with BOM, CRLF, RFC 4180, one row per recommendation with its lead-in, dates, forms, clocks and fingerprint", () => {
    const buf = out.csv!;
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString("utf8").endsWith("\r\n")).toBe(true);
    const { head, records } = csvRecords(buf);
    expect(head).toEqual(RECOMMENDATION_COLUMNS.map((c) => c.header));
    expect(records.map((r) => r.Recommendation)).toEqual(ORDER_2011);
    expect(parseCsv(buf.toString("utf8").slice(1)).every((r) => r.length === head.length)).toBe(true);
    const r2a = records[1]!;
    expect(r2a).toMatchObject({
      "Shared lead-in": LEAD_IN_2,
      "Recommendation text": "revising the way the CEC is appointed,",
      "Date of the response": "between 13 July 2011 and 30 September 2011",
      "Precision of the response date": "range",
      "Response date from": "2011-07-13",
      "Response date to": "2011-09-30",
      "Status sentence": "This recommendation cannot be accepted.",
    });
    expect(r2a["Note on the response date"]).toContain("Undated in our copy");
    expect(r2a["Response text"]).toContain(`${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`);
    // Every lettered part carries its shared lead-in; a number without letters has none.
    for (const r of records)
      expect(r["Shared lead-in"] !== "", r.Recommendation).toBe(/^[23]\(/.test(r.Recommendation!));
    expect(records[ORDER_2011.indexOf("13")]!["Earlier forms"]).toBe("2007, recommendation 15 (repeats)");
    expect(records[ORDER_2011.indexOf("13")]!.Themes).toBe("Election day; Media");
    expect(records.filter((r) => r.Themes !== "").map((r) => r.Recommendation)).toEqual(["13"]);
    const r5 = records[ORDER_2011.indexOf("5")]!;
    expect(r5).toMatchObject({
      Rationale: `'+${INJECTION}`,
      Assessor: "ODIHR mission (EOM 2012)",
      "Follow-up entries": "1",
      "Latest follow-up": "2011-09-09",
      "Assessment date to": "2012-04-03",
    });
    expect(
      records.every(
        (r) =>
          r["Status on"] === "Status: latest recorded" &&
          r["As recorded on"]!.startsWith("As currently recorded (") &&
          r.Fingerprint === meta.fingerprint,
      ),
    ).toBe(true);
    // The round trip's columns: the stable id, the page's absolute link, the stamp, empty cells for a new follow-up.
    for (const r of records) {
      expect(r["Link"]).toBe(`http://localhost:3000/recommendations/${r["Record id"]}`);
      expect(r["Row stamp"]).toMatch(/^v[0-9a-f]{12}$/);
      expect([r["New follow-up"], r["New follow-up date"]]).toEqual(["", ""]);
    }
    expect(new Set(records.map((r) => r["Record id"])).size).toBe(records.length);
    expect(records.flatMap((r) => Object.values(r)).some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(buf.toString("utf8")).not.toContain(INTERNAL);
  });

  it("JSON: schema, both clocks, summary, items in order with dated entries, lead-ins and forms; no internal note", () => {
    const j = JSON.parse(out.json!.toString("utf8"));
    expect(j).toMatchObject({
      schema: "odihr-followup-report/2",
      fingerprint: meta.fingerprint,
      generatedAt: meta.generatedAt.toISOString(),
      cycle: { slug: "kz-2011", year: 2011 },
      moment: { on: null, statusText: "Status: latest recorded", asOf: null, recordedText: "As currently recorded" },
    });
    expect(j.definitions.join(" ")).toContain(UNCERTAIN_DATES_RULE);
    expect(j.summary.total).toBe(32);
    expect(j.summary.state).toEqual(header.summary.total.state);
    expect(j.items.map((i: { label: string }) => i.label)).toEqual(ORDER_2011);
    const item = (l: string) => j.items[ORDER_2011.indexOf(l)];
    expect(item("2(a)")).toMatchObject({
      leadIn: LEAD_IN_2,
      response: {
        statusLabel: "Cannot be accepted",
        date: {
          text: "between 13 July 2011 and 30 September 2011",
          precision: "RANGE",
          from: "2011-07-13",
          to: "2011-09-30",
        },
      },
    });
    expect(item("13").themes).toEqual(["Election day", "Media"]);
    expect(item("5").themes).toEqual([]);
    expect(item("13").earlier).toEqual([
      {
        year: 2007,
        cycleTitle: "Parliamentary (Mazhilis) elections",
        label: "15",
        kind: "REPEATS",
        text: "2007, recommendation 15 (repeats)",
      },
    ]);
    expect(item("5").followUps).toEqual([
      expect.objectContaining({
        actionTaken: INJECTION,
        date: { text: "9 September 2011", precision: "DAY", from: "2011-09-09", to: "2011-09-09", note: null },
      }),
    ]);
    expect(item("5").assessment).toMatchObject({
      status: "NOT_IMPLEMENTED",
      statusLabel: "Not implemented",
      assessorTypeLabel: "ODIHR mission",
      date: { to: "2012-04-03" },
    });
    expect(out.json!.toString("utf8")).not.toContain(INTERNAL);
  });

  it("has no developer wording, ids or codes in any citable format (JSON keeps codes beside labels, for programs)", async () => {
    const wb = await workbook(out.xlsx!);
    // The spreadsheets name each row's record (id and link) on purpose, for the round trip (lib/sheet-import): only there.
    const ids = csvRecords(out.csv!).records.flatMap((r) => [r["Link"]!, r["Record id"]!]);
    const withoutIds = (t: string) => ids.reduce((acc, id) => acc.split(id).join(""), t);
    const page = await collectReport(header, options);
    const outline = new ReportOutline(header.cycle.sections);
    const html = page.items.flatMap((i) =>
      itemBlocks(i, "tracker", outline.next(i).leadIn).map((b) => JSON.stringify(Object.values(b).slice(1))),
    );
    const formats: Record<string, string> = {
      pdf: text.pdf!,
      docx: text.docx!,
      csv: withoutIds(out.csv!.toString("utf8")),
      xlsx: withoutIds(allCells(wb).join("\n")),
      page: html.join("\n"),
    };
    for (const [name, t] of Object.entries(formats))
      for (const re of DEVELOPER_WORDING) expect(t, `${name} ${re}`).not.toMatch(re);
    expect(out.json!.toString("utf8")).not.toMatch(/text line \d|test suite/i);
  });

  it("has one fingerprint across formats and the page, stable for the same data, changed by data and options", async () => {
    expect(await computeFingerprint(header, options)).toBe(meta.fingerprint);
    const page = await collectReport(header, options);
    expect(page.fingerprint).toBe(meta.fingerprint);
    expect(page.items.map((i) => i.label)).toEqual(ORDER_2011);
    expect(JSON.parse(out.json!.toString("utf8")).fingerprint).toBe(meta.fingerprint);
    expect(new Set(csvRecords(out.csv!).records.map((r) => r.Fingerprint))).toEqual(new Set([meta.fingerprint]));
    expect(text.pdf).toContain(`Fingerprint ${meta.fingerprint}`);
    expect(text.docx).toContain(`Fingerprint ${meta.fingerprint}`);
    expect(allCells(await workbook(out.xlsx!))).toContain(meta.fingerprint);
    expect(meta.fingerprint).not.toBe(fingerprintBefore);
    // Not the time of generation: a later JSON has the same fingerprint.
    const later = JSON.parse(
      (await generate("json", header, options, { ...meta, generatedAt: new Date(Date.now() + 60_000) })).toString(
        "utf8",
      ),
    );
    expect(later.fingerprint).toBe(meta.fingerprint);
    const filtered = opts({ status: "IMPLEMENTED" });
    expect(await computeFingerprint((await reportHeader("kz-2011", filtered))!, filtered)).not.toBe(meta.fingerprint);
  });

  it("prints the audit chain head it was made at in every format and on the page, outside the fingerprint", async () => {
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(header.auditHead).toEqual({ seq: last.seq, hash: last.hash });
    const line = `Audit chain head: No. ${last.seq} (${last.hash.slice(0, 12)})`;
    expect(titleBlock(header, options, meta).auditHead).toBe(line); // the page's title block
    expect(text.pdf).toContain(line);
    expect(text.docx).toContain(line);
    expect(allCells(await workbook(out.xlsx!))).toContain(line.replace("Audit chain head: ", ""));
    expect(JSON.parse(out.json!.toString("utf8"))).toMatchObject({ auditHead: header.auditHead, auditHeadText: line });
    for (const r of csvRecords(out.csv!).records) expect(Object.values(r).join("|")).toContain(line);
    // Any later event moves the head; the data shown, and so the fingerprint, stay the same.
    const moved = { ...header, auditHead: { seq: last.seq + 1, hash: "f".repeat(64) } };
    expect(await computeFingerprint(moved, options)).toBe(meta.fingerprint);
  });

  it("prints the shared lead-in before a lettered part shown without the parts before it", async () => {
    // 2(a) is "Cannot be accepted": among the implemented items, 2(b) comes first and must not read as a fragment.
    const only = opts({ status: "IMPLEMENTED" });
    const h = (await reportHeader("kz-2011", only))!;
    const { items } = await collectReport(h, only);
    const outline = new ReportOutline(h.cycle.sections);
    const shown = items.map((i) => [i.label, outline.next(i).leadIn]);
    expect(shown.slice(0, 2)).toEqual([
      ["2(b)", LEAD_IN_2],
      ["2(e)", null],
    ]);
    const m = { generatedAt: new Date(), fingerprint: await computeFingerprint(h, only) };
    const docx = await docxText(await generate("docx", h, only, m));
    const at = docx.indexOf("Recommendation 2(b)");
    expect(docx.slice(at, docx.indexOf("ensuring adequate representation", at))).toContain(LEAD_IN_2);
    expect(csvRecords(await generate("csv", h, only, m)).records[0]).toMatchObject({
      Recommendation: "2(b)",
      "Shared lead-in": LEAD_IN_2,
    });
  });

  it("gives the later forms in the earlier cycle's report", async () => {
    const o = opts();
    const h = (await reportHeader("kz-2007", o))!;
    const m = { generatedAt: new Date(), fingerprint: await computeFingerprint(h, o) };
    expect(csvRecords(await generate("csv", h, o, m)).records[0]).toMatchObject({
      Recommendation: "15",
      "Later forms": "2011, recommendation 13 (repeats this one)",
    });
    expect(await docxText(await generate("docx", h, o, m))).toContain(
      "Later form: 2011, recommendation 13 (repeats this one)",
    );
  });

  it("the summary-only report has no items; the government layout quotes the CEC standpoint, its sentence and the response's date", async () => {
    const summary = opts({ content: "summary" });
    expect(csvRecords(await generate("csv", header, summary, meta)).records).toHaveLength(0);
    const gov = opts({ layout: "government" });
    const value = await docxText(await generate("docx", header, gov, meta));
    const at = value.indexOf("revising the way the CEC is appointed,");
    expect(at).toBeGreaterThan(0);
    const after = value.slice(at);
    expect(after.indexOf("The CEC standpoint.")).toBeGreaterThan(0);
    expect(after.indexOf("This recommendation cannot be accepted.")).toBeGreaterThan(
      after.indexOf("The CEC standpoint."),
    );
    expect(after.indexOf(RESPONSE_DATE)).toBeGreaterThan(after.indexOf("This recommendation cannot be accepted."));
    expect(reportFileName("kz-2011", { asOf: "2012-04-03" }, "pdf", new Date())).toBe("kz-2011-report-2012-04-03.pdf");
    expect(reportFileName("kz-2011", { on: "2012-06-01", asOf: "2026-01-05" }, "csv", new Date())).toBe(
      "kz-2011-report-2026-01-05-status-on-2012-06-01.csv",
    );
  });
});

describe("report outline", () => {
  const sections = [
    { id: "A", parentId: null, title: "A. Priority", leadIn: "This includes:", order: 1 },
    { id: "B", parentId: null, title: "B. Other", leadIn: null, order: 2 },
    { id: "B1", parentId: "B", title: "Legal framework", leadIn: null, order: 1 },
    { id: "B2", parentId: "B", title: "Media", leadIn: null, order: 2 },
  ];
  const item = (label: string, number: number, sectionId: string | null, leadIn: string | null = null) =>
    ({
      id: label,
      label,
      number,
      order: 0,
      sectionId,
      leadIn,
      text: `Text ${label}`,
      needsVerification: false,
      provenance: null,
      source: null,
      response: null,
      assessment: null,
      followUps: [],
      institutions: [],
      themes: [],
      priority: null,
      earlier: [],
      later: [],
      stamp: null,
    }) satisfies ExportItem;

  it("opens each section and topic once and prints a shared lead-in once", () => {
    const o = new ReportOutline(sections);
    const seen = [
      item("1", 1, "A"),
      item("2(a)", 2, "A", "Lead"),
      item("2(b)", 2, "A", "Lead"),
      item("12", 12, "B1"),
      item("13", 13, "B1"),
      item("20", 20, "B2"),
      item("x", 99, null),
    ].map((i) => {
      const n = o.next(i);
      return [i.label, n.headings.map((h) => `${h.depth}:${h.title}`), n.leadIn];
    });
    expect(seen).toEqual([
      ["1", ["0:A. Priority"], null],
      ["2(a)", [], "Lead"],
      ["2(b)", [], null],
      ["12", ["0:B. Other", "1:Legal framework"], null],
      ["13", [], null],
      ["20", ["1:Media"], null],
      ["x", ["0:Section not recorded"], null],
    ]);
  });

  it("says 'Not yet assessed' and 'No response recorded' rather than nothing", () => {
    const words = itemBlocks(item("1", 1, "A"), "tracker", null).map((b) =>
      "value" in b ? `${b.label}: ${b.value}` : "text" in b ? b.text : "",
    );
    expect(words).toContain("State\u2019s response: No response recorded");
    expect(words).toContain("Independent assessment: Not yet assessed");
    const gov = itemBlocks(item("1", 1, "A"), "government", null).map((b) => ("text" in b ? b.text : ""));
    expect(gov).toEqual(["Recommendation 1", "Text 1", "The CEC standpoint.", "No response recorded."]);
  });
});
