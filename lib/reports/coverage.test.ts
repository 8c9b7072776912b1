// Every report format says how much of the report is recorded, and the fingerprint covers it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { editCycle } from "@/lib/cycles/edit";
import { reportHeader } from "./model";
import { parseReportOptions } from "./schema";
import { computeFingerprint } from "./export-run";
import { allCells, csvRecords, docxText, flat, generate, pdfText, workbook } from "./export-test-kit";

const LINE = "Recorded 1 of 30 recommendations";
const WARNING = "the figures describe the recorded ones only, not the whole report";

describe(`coverage in every report format on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("puts 'Recorded 1 of 30' and the warning in the header of PDF, DOCX, XLSX, CSV and JSON", async () => {
    const o = parseReportOptions({}).options;
    const h = (await reportHeader("kz-2005", o))!;
    expect(h.coverage).toEqual({ recorded: 1, items: 1, expected: 30 });
    const meta = { generatedAt: new Date(), fingerprint: await computeFingerprint(h, o) };
    expect(flat((await pdfText(await generate("pdf", h, o, meta))).text)).toContain(LINE);
    expect(flat((await pdfText(await generate("pdf", h, o, meta))).text)).toContain(WARNING);
    const docx = flat(await docxText(await generate("docx", h, o, meta)));
    expect(docx).toContain(LINE);
    expect(docx).toContain(WARNING);
    const cells = allCells(await workbook(await generate("xlsx", h, o, meta))).join("\n");
    expect(cells).toContain(LINE);
    expect(csvRecords(await generate("csv", h, o, meta)).records[0]!.Coverage).toContain(LINE);
    const json = JSON.parse((await generate("json", h, o, meta)).toString("utf8")) as {
      coverage: { recorded: number; expected: number; text: string; warning: string };
    };
    expect(json.coverage).toMatchObject({ recorded: 1, expected: 30, text: LINE });
    expect(json.coverage.warning).toContain(WARNING);
  });

  it("changes the fingerprint when the report's count changes", async () => {
    const o = parseReportOptions({}).options;
    const before = await computeFingerprint((await reportHeader("kz-2005", o))!, o);
    const cy = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2005" } });
    const r = await editCycle(db.prisma, u.actor(u.editor), {
      ...cy,
      finalReportTitle: cy.finalReportTitle ?? undefined,
      finalReportDate: cy.finalReportDate ?? undefined,
      finalReportPlace: cy.finalReportPlace ?? undefined,
      finalReportUrl: undefined,
      notes: cy.notes ?? undefined,
      recommendationCount: 31,
      reason: "Checked against the report",
    });
    expect(r.kind).toBe("ok");
    expect(await computeFingerprint((await reportHeader("kz-2005", o))!, o)).not.toBe(before);
  });
});
