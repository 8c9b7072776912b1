// The spreadsheet round trip on the database: export a cycle (CSV, XLSX), edit
// the file here as a person would, dry run, apply; conflicts, problems, refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { execute } from "@/lib/actions/command";
import type { ActionState } from "@/lib/actions/result";
import type { Actor } from "@/lib/audit/record";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import { reportHeader } from "@/lib/reports/model";
import { parseReportOptions } from "@/lib/reports/schema";
import { computeFingerprint, computeKeys } from "@/lib/reports/export-run";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { csvRecords, generate, workbook } from "@/lib/reports/export-test-kit";
import { statusRows } from "@/lib/status/figures";
import { NOW } from "@/lib/status/moment";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";
import { importSheetAction } from "./actions";
import type { PlanView } from "./view";

const options = parseReportOptions({}).options;

async function exportFile(format: "csv" | "xlsx"): Promise<Buffer> {
  const header = (await reportHeader("kz-2011", options))!;
  const meta = {
    generatedAt: new Date(),
    fingerprint: await computeFingerprint(header, options),
    origin: "https://t.example",
  };
  return generate(format, header, options, meta);
}

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
/** The CSV export with some cells changed, rows found by their recommendation label. */
function editCsv(buf: Buffer, edits: Record<string, Record<string, string>>): Buffer {
  const { head, records } = csvRecords(buf);
  for (const r of records) Object.assign(r, edits[r.Recommendation!] ?? {});
  const lines = [head, ...records.map((r) => head.map((h) => r[h] ?? ""))].map((cells) => cells.map(quote).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

describe(`spreadsheet round trip on ${testEngine}`, () => {
  let db: Database;
  let cycle2011: string;
  let editorId: string;
  let viewerId: string;
  let editor: Actor;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    editorId = u.editor.id;
    viewerId = u.viewer.id;
    editor = u.actor(u.editor2);
    cycle2011 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const send = async (file: Buffer, name: string, intent: "check" | "apply", key?: string, userId = editorId) => {
    const form = new FormData();
    form.set("cycleId", cycle2011);
    form.set("fileName", name);
    form.set("content", file.toString("base64"));
    form.set("intent", intent);
    if (key) form.set("planKey", key);
    return (await execute(importSheetAction.command, await findActiveUser(userId), form)).state;
  };
  const viewOf = (s: ActionState): PlanView => {
    expect(s.status, JSON.stringify(s)).toBe("ok");
    return JSON.parse((s as unknown as { data: { plan: string } }).data.plan) as PlanView;
  };
  const auditCount = () => db.prisma.auditEvent.count();
  const status = async (label: string) => {
    const id = await recommendationId(db, "kz-2011", label);
    const [row] = await statusRows(NOW, { ids: [id] }, {});
    return row!;
  };

  it("an export read back without edits plans nothing", async () => {
    const view = viewOf(await send(await exportFile("csv"), "kz-2011.csv", "check"));
    expect(view).toMatchObject({ problems: [], conflicts: [], changes: [], unchanged: 32 });
  });

  it("CSV: new answer, new assessment and new follow-up; dry run writes nothing; apply writes them, audited with file and row", async () => {
    const csv = editCsv(await exportFile("csv"), {
      "1": { "State response": "Implemented", "Response date from": "2012-02-01", "Response date to": "2012-02-01" },
      "5": {
        "Independent assessment": "Partially implemented",
        Assessor: "ODIHR mission (EOM 2012)",
        "Assessment date from": "2012-04-03",
        "Assessment date to": "2012-04-03",
        Rationale: "Partly addressed by the 2011 amendments.",
      },
      "12": { "New follow-up": "Round table with the CEC", "New follow-up date": "2012-03" },
    });
    const before = await auditCount();
    const view = viewOf(await send(csv, "kz-2011 edited.csv", "check"));
    expect(view.problems).toEqual([]);
    expect(view.conflicts).toEqual([]);
    expect(view.changes.map((c) => [c.label, c.words])).toEqual([
      ["1", "New state\u2019s response: Implemented, dated 1 February 2012 (was: At the stage of implementation)"],
      ["5", "New independent assessment: Partially implemented by ODIHR mission (EOM 2012), dated 3 April 2012"],
      ["12", "New follow-up entry, dated March 2012: Round table with the CEC"],
    ]);
    expect(await auditCount()).toBe(before);

    const applied = await send(csv, "kz-2011 edited.csv", "apply", view.key);
    expect(applied).toMatchObject({ status: "ok", message: expect.stringContaining("3 changes were applied") });
    expect(await auditCount()).toBe(before + 3);
    expect((await status("1")).state).toBe("IMPLEMENTED");
    expect((await status("5")).independent).toBe("PARTIALLY_IMPLEMENTED");
    const r1 = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "1"), status: "IMPLEMENTED" },
    });
    // The earlier status's sentence is not carried over: the new status's own sentence applies.
    expect([r1.statusSentence, r1.datePrecision, r1.dateTo.toISOString().slice(0, 10)]).toEqual([
      null,
      "DAY",
      "2012-02-01",
    ]);
    const events = await db.prisma.auditEvent.findMany({ orderBy: { seq: "desc" }, take: 3 });
    const sha = (await import("node:crypto")).createHash("sha256").update(csv).digest("hex");
    expect(events.map((e) => e.entityType).sort()).toEqual(["Assessment", "FollowUp", "StateResponse"]);
    const rowOf = (label: string) =>
      1 + 1 + ["1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "3(a)", "3(b)", "4(a)", "4(b)", "5"].indexOf(label);
    expect(events.map((e) => e.reason).sort()).toEqual(
      [rowOf("1"), rowOf("5"), view.changes[2]!.row]
        .map((r) => `Spreadsheet import: kz-2011 edited.csv (sha256 ${sha}), row ${r}`)
        .sort(),
    );
    // Read back: a fresh export shows the new status and plans nothing.
    const again = await exportFile("csv");
    expect(csvRecords(again).records.find((r) => r.Recommendation === "1")!["State response"]).toBe("Implemented");
    expect(viewOf(await send(again, "again.csv", "check")).changes).toEqual([]);
  });

  it("a row changed in the tracker since the export is a conflict, shown with both values and never applied", async () => {
    const exported = await exportFile("csv");
    const rec2a = await recommendationId(db, "kz-2011", "2(a)");
    const added = await addResponse(
      db.prisma,
      editor,
      NewResponseSchema.parse({ recommendationId: rec2a, status: "ACCEPTED_IN_PART", date: "2012-05-01" }),
    );
    expect(added.kind).toBe("ok");
    const csv = editCsv(exported, {
      "2(a)": { "State response": "Implemented", "Response date from": "2012-06-01", "Response date to": "2012-06-01" },
      "3(a)": { "New follow-up": "Language test criteria published", "New follow-up date": "2012-06-02" },
    });
    const view = viewOf(await send(csv, "late.csv", "check"));
    expect(view.conflicts).toHaveLength(1);
    expect(view.conflicts[0]).toMatchObject({ label: "2(a)", row: 3 });
    expect(view.conflicts[0]!.fields).toContainEqual({
      column: "State response",
      sheet: "Implemented",
      tracker: "Accepted in part",
    });
    expect(view.changes.map((c) => c.label)).toEqual(["3(a)"]);
    const applied = await send(csv, "late.csv", "apply", view.key);
    expect(applied).toMatchObject({ status: "ok", message: expect.stringContaining("1 row in conflict was left") });
    expect((await status("2(a)")).state).toBe("ACCEPTED_IN_PART");
    expect(await db.prisma.followUp.count({ where: { actionTaken: "Language test criteria published" } })).toBe(1);
  });

  it("a change in the tracker between dry run and apply: nothing is written", async () => {
    const csv = editCsv(await exportFile("csv"), {
      "4(a)": { "New follow-up": "Draft law sent to parliament", "New follow-up date": "2012-07-01" },
    });
    const view = viewOf(await send(csv, "race.csv", "check"));
    expect(view.changes).toHaveLength(1);
    const rec4a = await recommendationId(db, "kz-2011", "4(a)");
    expect(
      (
        await addResponse(
          db.prisma,
          editor,
          NewResponseSchema.parse({ recommendationId: rec4a, status: "IMPLEMENTED", date: "2012-07-02" }),
        )
      ).kind,
    ).toBe("ok");
    const before = await auditCount();
    const refused = await send(csv, "race.csv", "apply", view.key);
    expect(refused).toMatchObject({ status: "error" });
    expect(JSON.stringify(refused)).toContain("changed since the dry run");
    expect(await auditCount()).toBe(before);
    // Checked again, the row is now a conflict.
    expect(viewOf(await send(csv, "race.csv", "check")).conflicts.map((c) => c.label)).toEqual(["4(a)"]);
  });

  it("lists every problem by row and column; apply refuses while any remains", async () => {
    const other = await recommendationId(db, "kz-2007", "15");
    const exported = await exportFile("csv");
    const { records } = csvRecords(exported);
    const stateOf = (label: string) => records.find((r) => r.Recommendation === label)!["State response"];
    const csv = editCsv(exported, {
      "6(a)": { "State response": "Done", "Response date from": "2012-08-01", "Response date to": "2012-08-01" },
      "6(b)": { "State response": "Implemented", "Response date from": "2012-13-45", "Response date to": "2012-13-45" },
      // A new status, with the date of the current answer left as it was.
      "7(a)": { "State response": stateOf("7(a)") === "Implemented" ? "Accepted in part" : "Implemented" },
      "7(b)": { "Record id": other, "New follow-up": "x", "New follow-up date": "2012-01-01" },
      "8": { "Record id": "zzzzzzzzzzzzzzzzzzzzzzzzz", "New follow-up": "x", "New follow-up date": "2012-01-01" },
      "9": { "Record id": records.find((r) => r.Recommendation === "10")!["Record id"]! },
      "11": { "Independent assessment": "Fully implemented", Assessor: "The moon", Rationale: "" },
      "12": { "New follow-up date": "2012-01-01" },
    });
    const before = await auditCount();
    const view = viewOf(await send(csv, "bad.csv", "check"));
    const at = (label: string) => records.findIndex((r) => r.Recommendation === label) + 2;
    const has = (label: string, column: string, words: string) =>
      expect(
        view.problems.some((p) => p.startsWith(`Row ${at(label)}, ${column}: `) && p.includes(words)),
        `${label} ${column}`,
      ).toBe(true);
    has("6(a)", "State response", "\u201cDone\u201d is not a state's response");
    has("6(b)", "Response date to", "must be a day");
    has("7(a)", "Response date to", "a new answer needs its own date");
    has("7(b)", "Record id", "belongs to 2007");
    has("8", "Record id", "is not the id of a recommendation");
    has("10", "Record id", `already on row ${at("9")}`);
    has("11", "Assessor", "say who assessed");
    has("11", "Rationale", "");
    has("12", "New follow-up", "say what was done");
    const refused = await send(csv, "bad.csv", "apply", view.key);
    expect(refused).toMatchObject({ status: "error" });
    expect(JSON.stringify(refused)).toContain("still has problems");
    expect(await auditCount()).toBe(before);
  });

  it("XLSX: edited in a workbook (dates as date cells) and imported back", async () => {
    const wb = await workbook(await exportFile("xlsx"));
    const ws = wb.getWorksheet("Recommendations")!;
    const head = (ws.getRow(1).values as ExcelJS.CellValue[]).map(String);
    const col = (name: string) => head.indexOf(name);
    let target = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(col("Recommendation")).value === "13") target = n;
    });
    const row = ws.getRow(target);
    row.getCell(col("State response")).value = "At the stage of implementation";
    row.getCell(col("Response date from")).value = new Date("2012-09-01T00:00:00Z");
    row.getCell(col("Response date to")).value = new Date("2012-09-30T00:00:00Z");
    row.getCell(col("Response text")).value = "=Work continues with parliament.";
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const view = viewOf(await send(file, "kz-2011.xlsx", "check"));
    expect(view.file.kind).toBe("XLSX");
    expect(view.problems).toEqual([]);
    expect(view.changes.map((c) => c.words)).toEqual([
      "New state\u2019s response: At the stage of implementation, dated September 2012 (was: Implemented)",
    ]);
    expect(await send(file, "kz-2011.xlsx", "apply", view.key)).toMatchObject({ status: "ok" });
    expect((await status("13")).state).toBe("AT_STAGE_OF_IMPLEMENTATION");
    const saved = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "13"), status: "AT_STAGE_OF_IMPLEMENTATION" },
    });
    expect([saved.text, saved.datePrecision]).toEqual(["=Work continues with parliament.", "MONTH"]);
  });

  it("a cached spreadsheet is keyed by the stamps too: an internal note changes no figure but every stamp of its row", async () => {
    const header = (await reportHeader("kz-2011", options))!;
    const before = await computeKeys(header, options);
    const rec = await recommendationId(db, "kz-2011", "15");
    const note = NewFollowUpSchema.parse({
      recommendationId: rec,
      actionTaken: "Internal note",
      date: "2012-01-01",
      internal: "on",
    });
    expect((await addFollowUp(db.prisma, editor, note)).kind).toBe("ok");
    const after = await computeKeys((await reportHeader("kz-2011", options))!, options);
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.rowsKey).not.toBe(before.rowsKey);
  });

  it("an export of another moment has no row stamps: its edited rows are refused, by row", async () => {
    const past = parseReportOptions({ asOf: new Date().toISOString().slice(0, 10) }).options;
    const header = (await reportHeader("kz-2011", past))!;
    const buf = await generate("csv", header, past, {
      generatedAt: new Date(),
      fingerprint: await computeFingerprint(header, past),
    });
    expect(csvRecords(buf).records.every((r) => r["Row stamp"] === "")).toBe(true);
    const csv = editCsv(buf, { "16(a)": { "New follow-up": "Hearing", "New follow-up date": "2012-01-01" } });
    const view = viewOf(await send(csv, "past.csv", "check"));
    expect(view.changes).toEqual([]);
    expect(view.problems).toEqual([expect.stringMatching(/^Row \d+, Row stamp: empty/)]);
  });

  it("refuses viewers, and files that are neither XLSX nor UTF-8 CSV", async () => {
    const csv = editCsv(await exportFile("csv"), {
      "14(a)": { "New follow-up": "Viewer tries", "New follow-up date": "2012-01-01" },
    });
    const before = await auditCount();
    expect(await send(csv, "v.csv", "check", undefined, viewerId)).toMatchObject({
      status: "error",
      message: expect.stringContaining("permission"),
    });
    expect(await send(csv, "v.csv", "apply", "x", viewerId)).toMatchObject({ status: "error" });
    const form = new FormData();
    form.set("cycleId", cycle2011);
    form.set("fileName", "anon.csv");
    form.set("content", csv.toString("base64"));
    form.set("intent", "check");
    expect((await execute(importSheetAction.command, null, form)).state).toMatchObject({ status: "error" });
    const binary = await send(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), "x.csv", "check");
    expect(JSON.stringify(binary)).toContain("neither an Excel workbook");
    expect(await auditCount()).toBe(before);
  });

  // Last: every entry the imports wrote equals a replay of its audit events, and the chain holds.
  it("leaves the audit chain and the tables in agreement with a replay of the log", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    expect((await verifyTables(db.prisma)).ok).toBe(true);
  });
});
