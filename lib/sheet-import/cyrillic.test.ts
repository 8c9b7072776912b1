// Cyrillic through the spreadsheet round trip, byte for byte: Kazakh (with ә ғ
// қ ң ө ұ ү һ і) and Russian (with ё and й, which also exist decomposed: nothing
// on the way may normalise them) written in an exported CSV or XLSX file,
// imported, stored, and exported again unchanged: Kazakh through both CSV and XLSX.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { execute } from "@/lib/actions/command";
import type { ActionState } from "@/lib/actions/result";
import { reportHeader } from "@/lib/reports/model";
import { parseReportOptions } from "@/lib/reports/schema";
import { computeFingerprint } from "@/lib/reports/export-run";
import { csvRecords, generate, workbook } from "@/lib/reports/export-test-kit";
import { importSheetAction } from "./actions";
import type { PlanView } from "./view";

const KAZAKH = "Қазақстан Республикасының Әділет министрлігі: ә ғ қ ң ө ұ ү һ і — ӘҒҚҢӨҰҮҺІ.";
const KAZAKH_ASSESSOR = "Қазақстандық азаматтық қоғам альянсы: ғ, ң, ұ, һ";
const KAZAKH_FOLLOW_UP = "Өңірлік сайлау комиссияларының мүшелері үшін оқу өткізілді (ә ғ қ ң ө ұ ү һ і).";
const RUSSIAN = "Ёмкий ответ Центральной избирательной комиссии: «йод», ЁЛКА, Й; «Ұлттық кеңес».";

const options = parseReportOptions({}).options;
async function exportFile(format: "csv" | "xlsx"): Promise<Buffer> {
  const header = (await reportHeader("kz-2011", options))!;
  const meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(header, options), origin: "https://t" };
  return generate(format, header, options, meta);
}

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
function editCsv(buf: Buffer, edits: Record<string, Record<string, string>>): Buffer {
  const { head, records } = csvRecords(buf);
  for (const r of records) Object.assign(r, edits[r.Recommendation!] ?? {});
  const lines = [head, ...records.map((r) => head.map((h) => r[h] ?? ""))].map((cells) => cells.map(quote).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

const bytes = (s: string) => Buffer.from(s, "utf8");

describe(`Cyrillic through CSV and XLSX, export and import, on ${testEngine}`, () => {
  let db: Database;
  let cycleId: string;
  let editorId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    editorId = (await seededWithUsers(db)).editor.id;
    cycleId = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } })).id;
  }, 120_000);
  afterAll(() => db?.close());

  const send = async (file: Buffer, name: string, intent: "check" | "apply", key?: string) => {
    const form = new FormData();
    form.set("cycleId", cycleId);
    form.set("fileName", name);
    form.set("content", file.toString("base64"));
    form.set("intent", intent);
    if (key) form.set("planKey", key);
    return (await execute(importSheetAction.command, await findActiveUser(editorId), form)).state;
  };
  const viewOf = (s: ActionState): PlanView => {
    expect(s.status, JSON.stringify(s)).toBe("ok");
    return JSON.parse((s as unknown as { data: { plan: string } }).data.plan) as PlanView;
  };
  const apply = async (file: Buffer, name: string) => {
    const view = viewOf(await send(file, name, "check"));
    expect(view.problems).toEqual([]);
    expect(view.changes).toHaveLength(1);
    expect(await send(file, name, "apply", view.key)).toMatchObject({ status: "ok" });
  };

  it("CSV: a Kazakh rationale is stored and exported again byte for byte", async () => {
    const csv = editCsv(await exportFile("csv"), {
      "5": {
        "Independent assessment": "Partially implemented",
        Assessor: "ODIHR mission (EOM 2012)",
        "Assessment date from": "2012-04-03",
        "Assessment date to": "2012-04-03",
        Rationale: KAZAKH,
      },
    });
    expect(csv.includes(bytes(KAZAKH))).toBe(true);
    await apply(csv, "Қазақстан 2011.csv");
    const saved = await db.prisma.assessment.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "5"), status: "PARTIALLY_IMPLEMENTED" },
    });
    expect(bytes(saved.rationale).equals(bytes(KAZAKH))).toBe(true);
    const again = await exportFile("csv");
    expect(again.includes(bytes(KAZAKH))).toBe(true);
    expect(csvRecords(again).records.find((r) => r.Recommendation === "5")!.Rationale).toBe(KAZAKH);
    expect(viewOf(await send(again, "again.csv", "check")).changes).toEqual([]);
  });

  let head: string[] = [];
  const col = (name: string) => head.indexOf(name);
  const rowOf = (sheet: ExcelJS.Worksheet, label: string) => {
    let target = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(col("Recommendation")).value === label) target = n;
    });
    expect(target, `a row for recommendation ${label}`).toBeGreaterThan(0);
    return sheet.getRow(target);
  };
  const recommendations = async () => {
    const wb = await workbook(await exportFile("xlsx"));
    const ws = wb.getWorksheet("Recommendations")!;
    head = (ws.getRow(1).values as ExcelJS.CellValue[]).map(String);
    return { wb, ws };
  };

  it("XLSX: a Russian response text is stored and exported again byte for byte", async () => {
    const { wb, ws } = await recommendations();
    const row = rowOf(ws, "13");
    row.getCell(col("State response")).value = "Accepted in part";
    row.getCell(col("Response date from")).value = new Date("2012-10-01T00:00:00Z");
    row.getCell(col("Response date to")).value = new Date("2012-10-01T00:00:00Z");
    row.getCell(col("Response text")).value = RUSSIAN;
    await apply(Buffer.from(await wb.xlsx.writeBuffer()), "Ответ.xlsx");
    const saved = await db.prisma.stateResponse.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "13"), status: "ACCEPTED_IN_PART" },
    });
    expect(bytes(saved.text ?? "").equals(bytes(RUSSIAN))).toBe(true);
    const again = (await recommendations()).ws;
    const cell = rowOf(again, "13").getCell(col("Response text")).value;
    expect(typeof cell === "string" && bytes(cell).equals(bytes(RUSSIAN))).toBe(true);
    // And the Kazakh rationale of the CSV test, in the workbook too.
    expect(rowOf(again, "5").getCell(col("Rationale")).value).toBe(KAZAKH);
  });

  it("XLSX: a Kazakh assessor, rationale and follow-up are stored and exported again byte for byte", async () => {
    const { wb, ws } = await recommendations();
    const assessed = rowOf(ws, "8");
    assessed.getCell(col("Independent assessment")).value = "Not implemented";
    assessed.getCell(col("Assessor")).value = `Civil society (${KAZAKH_ASSESSOR})`;
    assessed.getCell(col("Assessment date from")).value = new Date("2013-02-01T00:00:00Z");
    assessed.getCell(col("Assessment date to")).value = new Date("2013-02-01T00:00:00Z");
    assessed.getCell(col("Rationale")).value = KAZAKH;
    const followed = rowOf(ws, "9");
    followed.getCell(col("New follow-up")).value = KAZAKH_FOLLOW_UP;
    followed.getCell(col("New follow-up date")).value = new Date("2013-03-01T00:00:00Z");
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    const view = viewOf(await send(file, "Бағалау 2013.xlsx", "check"));
    expect(view.problems).toEqual([]);
    expect(view.changes).toHaveLength(2);
    expect(await send(file, "Бағалау 2013.xlsx", "apply", view.key)).toMatchObject({ status: "ok" });

    const saved = await db.prisma.assessment.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "8"), status: "NOT_IMPLEMENTED" },
    });
    expect(bytes(saved.assessorName ?? "").equals(bytes(KAZAKH_ASSESSOR))).toBe(true);
    expect(bytes(saved.rationale).equals(bytes(KAZAKH))).toBe(true);
    const entry = await db.prisma.followUp.findFirstOrThrow({
      where: { recommendationId: await recommendationId(db, "kz-2011", "9") },
      orderBy: { entryNo: "desc" },
    });
    expect(bytes(entry.actionTaken).equals(bytes(KAZAKH_FOLLOW_UP))).toBe(true);

    // Exported again: the same bytes, and the re-exported file checks as unchanged.
    const again = await recommendations();
    expect(rowOf(again.ws, "8").getCell(col("Rationale")).value).toBe(KAZAKH);
    expect(rowOf(again.ws, "8").getCell(col("Assessor")).value).toBe(`Civil society (${KAZAKH_ASSESSOR})`);
    const reimport = Buffer.from(await again.wb.xlsx.writeBuffer());
    expect(viewOf(await send(reimport, "again.xlsx", "check")).changes).toEqual([]);
  });
});
