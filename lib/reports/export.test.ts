// The report in every format, from the seeded database through the real
// mutations: content, report order, Cyrillic and Kazakh text, formula
// injection, internal notes, the dashboard's numbers and the fingerprint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { overview } from "@/lib/dashboards/queries";
import { saveStateResponse } from "@/lib/responses/mutations";
import { StateResponseInputSchema } from "@/lib/responses/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { STATE_RESPONSE_ORDER } from "@/lib/vocab";
import { reportHeader, type ReportHeader } from "./model";
import { endOfDay, parseReportOptions, type ReportOptions } from "./schema";
import { collectReport, computeFingerprint, exportItems, streamBytes } from "./export-run";
import { ReportOutline, itemBlocks, reportFileName, type ExportItem, type ExportMeta } from "./export-text";
import { exportPdf } from "./export-pdf";
import { exportDocx } from "./export-docx";
import { exportXlsx } from "./export-xlsx";
import { exportCsv } from "./export-csv";
import { exportJson } from "./export-json";

const RUSSIAN = "Центральная избирательная комиссия";
const KAZAKH = "Орталық сайлау комиссиясы";
const INJECTION = '=HYPERLINK("http://evil.example/?x=1","Click here")';
const INTERNAL = "Internal note 7f3a: not for publication";
const ORDER_2011 = [
  "1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "3(a)", "3(b)", "4(a)", "4(b)", "5", "6(a)", "6(b)", "7(a)", "7(b)",
  "8", "9", "10", "11", "12", "13", "14(a)", "14(b)", "15", "16(a)", "16(b)", "17", "18(a)", "18(b)", "19", "20", "21",
];

const opts = (q: Record<string, string> = {}) => {
  const { options, invalid } = parseReportOptions(q);
  expect(invalid).toEqual([]);
  return options;
};

/** A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}

const flat = (s: string) => s.replace(/\s+/g, " ");

describe(`report exports on ${testEngine}`, () => {
  let db: Database;
  let header: ReportHeader;
  let options: ReportOptions;
  let meta: ExportMeta;
  let fingerprintBefore: string;
  const out: Partial<Record<"pdf" | "docx" | "xlsx" | "csv" | "json", Buffer>> = {};

  async function generate(format: keyof typeof out, h: ReportHeader, o: ReportOptions, m: ExportMeta): Promise<Buffer> {
    const fn = { pdf: exportPdf, docx: exportDocx, xlsx: exportXlsx, csv: exportCsv, json: exportJson }[format];
    return streamBytes(fn(h, exportItems(h, o), o, m));
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    options = opts();
    fingerprintBefore = await computeFingerprint((await reportHeader("kz-2011", options))!, options);

    // Cyrillic (Russian, Kazakh) in the CEC's response to 2(a), same status.
    const rec2a = await recommendationId(db, "kz-2011", "2(a)");
    const before = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec2a } });
    const saved = await saveStateResponse(
      db.prisma,
      u.actor(u.editor),
      StateResponseInputSchema.parse({
        recommendationId: rec2a, version: String(before.version), status: before.status, statusSentence: before.statusSentence ?? "",
        text: `${before.text}\n\n${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`, documentId: before.documentId ?? "", location: before.location ?? "",
        respondedOn: before.respondedOn ? before.respondedOn.toISOString().slice(0, 10) : "", reason: "Added the Russian and Kazakh names",
      }),
    );
    expect(saved.kind).toBe("ok");
    // A follow-up whose text is a spreadsheet formula, one internal note, one assessment whose rationale is a formula.
    const rec5 = await recommendationId(db, "kz-2011", "5");
    expect((await addFollowUp(db.prisma, u.actor(u.editor), NewFollowUpSchema.parse({ recommendationId: rec5, actionDate: "2011-09-09", actionTaken: INJECTION, nextStep: `${KAZAKH}: round table` }))).kind).toBe("ok");
    expect((await addFollowUp(db.prisma, u.actor(u.editor), NewFollowUpSchema.parse({ recommendationId: rec5, actionDate: "2011-09-10", actionTaken: INTERNAL, internal: "on" }))).kind).toBe("ok");
    expect(
      (await addAssessment(db.prisma, u.actor(u.editor), NewAssessmentSchema.parse({ recommendationId: rec5, status: "NOT_IMPLEMENTED", assessorType: "ODIHR_MISSION", assessorName: "EOM 2012", assessedOn: "2012-04-03", rationale: `+${INJECTION}` }))).kind,
    ).toBe("ok");

    header = (await reportHeader("kz-2011", options))!;
    meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options) };
    for (const f of ["pdf", "docx", "xlsx", "csv", "json"] as const) out[f] = await generate(f, header, options, meta);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("PDF: title block, counts, the verbatim text in report order, Cyrillic, page numbers; no internal note", async () => {
    const buf = out.pdf!;
    expect(buf.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const t = flat(text);
    expect(totalPages).toBeGreaterThan(5);
    for (const s of ["2011 Early presidential election", "Current as of generation", `Fingerprint ${meta.fingerprint}`, "Generated ", "Summary", "32", "revising the way the CEC is appointed,", RUSSIAN, KAZAKH, "Not yet assessed", `Page 1 of ${totalPages}`, "A. Priority recommendations", "Adjudication of election disputes"]) {
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

  it("DOCX: Word headings, the recommendation text, Cyrillic; no internal note", async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: out.docx! });
    expect(html).toContain("<h1>Summary</h1>");
    expect(html).toContain("<h1>Recommendations</h1>");
    expect(html).toContain("<h2>A. Priority recommendations</h2>");
    expect(html).toContain("<h3>Legal framework</h3>");
    expect(html).toContain("<h3>Recommendation 2(a)</h3>");
    expect(html).toContain("<h4>Recommendation 12</h4>");
    const { value: text } = await mammoth.extractRawText({ buffer: out.docx! });
    for (const s of ["revising the way the CEC is appointed,", RUSSIAN, KAZAKH, `Fingerprint ${meta.fingerprint}`, "Current as of generation", INJECTION]) expect(text).toContain(s);
    expect(text).not.toContain(INTERNAL);
  });

  it("XLSX: 32 rows in report order, bold frozen header, Unicode round-trips, formulas stay inert text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.xlsx! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Recommendations", "Follow-ups", "Summary", "About"]);
    const recs = wb.getWorksheet("Recommendations")!;
    expect(recs.rowCount).toBe(33);
    expect(recs.getRow(1).font?.bold).toBe(true);
    expect(recs.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const labels = Array.from({ length: 32 }, (_, i) => recs.getRow(i + 2).getCell(2).value);
    expect(labels).toEqual(ORDER_2011);
    const row2a = recs.getRow(3);
    expect(String(row2a.getCell(7).value)).toContain(`${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`);
    expect(row2a.getCell(6).value).toBe("Cannot be accepted");
    const row5 = recs.getRow(2 + ORDER_2011.indexOf("5"));
    expect(row5.getCell(9).value).toBe("Not implemented");
    expect(row5.getCell(12).value).toBe(`'+${INJECTION}`);
    expect(row5.getCell(14).value).toBe(1);

    const fus = wb.getWorksheet("Follow-ups")!;
    expect(fus.rowCount).toBe(2);
    const action = fus.getRow(2).getCell(3);
    expect(action.value).toBe(`'${INJECTION}`);
    expect(action.type).toBe(ExcelJS.ValueType.String);
    expect(action.formula).toBeUndefined();
    expect(fus.getRow(2).getCell(6).value).toBe(`${KAZAKH}: round table`);
    const everything: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => everything.push(String(c.value))));
    expect(everything.join("\n")).not.toContain(INTERNAL);
    expect(everything.some((c) => c.startsWith("=") || c.startsWith("+"))).toBe(false);

    const about = wb.getWorksheet("About")!;
    const aboutText: string[] = [];
    about.eachRow((r) => aboutText.push(r.values!.toString()));
    expect(aboutText.join("\n")).toContain(meta.fingerprint);
  });

  it("CSV: UTF-8 with BOM, CRLF, RFC 4180, one row per recommendation, inert formulas", () => {
    const buf = out.csv!;
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(33);
    expect(rows[0]).toEqual(["Cycle", "Recommendation", "Section", "Priority", "Recommendation text", "State response", "Response text", "Response source", "Independent assessment", "Assessor", "Assessed on", "Rationale", "Responsible institutions", "Follow-up entries", "Latest follow-up"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(ORDER_2011);
    expect(rows.every((r) => r.length === 15)).toBe(true);
    const r2a = rows[2]!;
    expect(r2a[4]).toBe("revising the way the CEC is appointed,");
    expect(r2a[6]).toContain(`${RUSSIAN} \u2014 \u00ab${KAZAKH}\u00bb.`);
    const r5 = rows[1 + ORDER_2011.indexOf("5")]!;
    expect(r5[11]).toBe(`'+${INJECTION}`);
    expect(r5[9]).toBe("ODIHR mission (EOM 2012)");
    expect(r5.slice(13)).toEqual(["1", "2011-09-09"]);
    expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(text).not.toContain(INTERNAL);
  });

  it("JSON: schema, summary, items in order with labels; no internal note", () => {
    const j = JSON.parse(out.json!.toString("utf8"));
    expect(j).toMatchObject({ schema: "odihr-followup-report/1", fingerprint: meta.fingerprint, generatedAt: meta.generatedAt.toISOString(), cycle: { slug: "kz-2011", year: 2011 } });
    expect(j.summary.total).toBe(32);
    expect(j.summary.state).toEqual(header.summary.total.state);
    expect(j.items.map((i: { label: string }) => i.label)).toEqual(ORDER_2011);
    const i5 = j.items.find((i: { label: string }) => i.label === "5");
    expect(i5.followUps).toEqual([expect.objectContaining({ actionTaken: INJECTION, actionDate: "2011-09-09" })]);
    expect(i5.assessment).toMatchObject({ status: "NOT_IMPLEMENTED", statusLabel: "Not implemented", assessorTypeLabel: "ODIHR mission" });
    expect(out.json!.toString("utf8")).not.toContain(INTERNAL);
  });

  it("has one fingerprint across formats and the page, stable for the same data, changed by data and options", async () => {
    const again = await computeFingerprint(header, options);
    expect(again).toBe(meta.fingerprint);
    const page = await collectReport(header, options);
    expect(page.fingerprint).toBe(meta.fingerprint);
    expect(page.items.map((i) => i.label)).toEqual(ORDER_2011);
    expect(meta.fingerprint).not.toBe(fingerprintBefore);
    // Not the time of generation: a later JSON has the same fingerprint.
    const later = JSON.parse((await generate("json", header, options, { ...meta, generatedAt: new Date(Date.now() + 60_000) })).toString("utf8"));
    expect(later.fingerprint).toBe(meta.fingerprint);
    const filtered = opts({ status: "IMPLEMENTED" });
    expect(await computeFingerprint((await reportHeader("kz-2011", filtered))!, filtered)).not.toBe(meta.fingerprint);
  });

  it("counts what the dashboard counts, for now and for an earlier day", async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const asOf of [today, "2000-01-01"]) {
      const o = opts({ asOf, content: "summary" });
      const h = (await reportHeader("kz-2011", o))!;
      const dash = (await overview(endOfDay(asOf), null)).find((c) => c.slug === "kz-2011")!;
      expect(h.summary.total).toEqual(dash.tally);
      expect(h.asOf.toISOString()).toBe(`${asOf}T23:59:59.999Z`);
    }
    // The items of the report, counted per state status, are the dashboard's figures.
    const { items } = await collectReport(header, options);
    expect(items).toHaveLength(header.summary.total.total);
    for (const s of STATE_RESPONSE_ORDER) expect(items.filter((i) => (i.response?.status ?? "NO_RESPONSE") === s).length, s).toBe(header.summary.total.state[s]);
    // A state-status filter keeps exactly the items the tally counts.
    const only = opts({ status: "IMPLEMENTED" });
    const onlyRows = parseCsv((await generate("csv", header, only, meta)).toString("utf8").slice(1));
    expect(onlyRows).toHaveLength(1 + header.summary.total.state.IMPLEMENTED);
  });

  it("the summary-only report has no items; the government layout quotes the CEC standpoint and its sentence", async () => {
    const summary = opts({ content: "summary" });
    expect(parseCsv((await generate("csv", header, summary, meta)).toString("utf8").slice(1))).toHaveLength(1);
    const gov = opts({ layout: "government" });
    const { value } = await mammoth.extractRawText({ buffer: await generate("docx", header, gov, meta) });
    const at = value.indexOf("revising the way the CEC is appointed,");
    expect(at).toBeGreaterThan(0);
    const after = value.slice(at);
    expect(after.indexOf("The CEC standpoint.")).toBeGreaterThan(0);
    expect(after.indexOf("This recommendation cannot be accepted.")).toBeGreaterThan(after.indexOf("The CEC standpoint."));
    expect(reportFileName("kz-2011", { asOf: "2012-04-03" }, "pdf", new Date())).toBe("kz-2011-report-2012-04-03.pdf");
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
    ({ id: label, label, number, order: 0, sectionId, leadIn, text: `Text ${label}`, needsVerification: false, provenance: null, source: null, response: null, assessment: null, followUps: [], institutions: [], priority: null }) satisfies ExportItem;

  it("opens each section and topic once and prints a shared lead-in once", () => {
    const o = new ReportOutline(sections);
    const seen = [item("1", 1, "A"), item("2(a)", 2, "A", "Lead"), item("2(b)", 2, "A", "Lead"), item("12", 12, "B1"), item("13", 13, "B1"), item("20", 20, "B2"), item("x", 99, null)].map((i) => {
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
    const words = itemBlocks(item("1", 1, "A"), "tracker", null).map((b) => ("value" in b ? `${b.label}: ${b.value}` : "text" in b ? b.text : ""));
    expect(words).toContain("State\u2019s response: No response recorded");
    expect(words).toContain("Independent assessment: Not yet assessed");
    const gov = itemBlocks(item("1", 1, "A"), "government", null).map((b) => ("text" in b ? b.text : ""));
    expect(gov).toEqual(["Recommendation 1", "Text 1", "The CEC standpoint.", "No response recorded."]);
  });
});
