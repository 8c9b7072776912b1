import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { execute } from "@/lib/actions/command";
import { IMPORT_COLUMNS } from "./import";
import { importRecommendationsAction } from "./actions";

const header = IMPORT_COLUMNS.join(",");

describe(`importing recommendation texts on ${testEngine}`, () => {
  let db: Database;
  let cycle2007: string;
  let editorId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    editorId = u.editor.id;
    cycle2007 = (await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2007" } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const run = async (csv: string) => {
    const form = new FormData();
    form.set("cycleId", cycle2007);
    form.set("fileName", "texts.csv");
    form.set("csv", csv);
    return (await execute(importRecommendationsAction.command, await findActiveUser(editorId), form)).state;
  };

  it("imports all rows in report order, with sections by key and an audit event naming the file and line", async () => {
    const state = await run(
      `${header}\n1,A,,,First text,no,Typed from the report,p. 20,\n16,C,,,Another electronic voting text,yes,Typed from the report,p. 25,\n`,
    );
    expect(state).toMatchObject({ status: "ok", message: "2 recommendations were imported." });
    const recs = await db.prisma.recommendation.findMany({
      where: { cycleId: cycle2007 },
      orderBy: { order: "asc" },
      select: { label: true, textVerification: true, section: { select: { key: true } } },
    });
    expect(recs.map((r) => [r.label, r.section?.key ?? null, r.textVerification])).toEqual([
      ["1", "A", "NEEDS_VERIFICATION"],
      ["15", "C", "VERIFIED"],
      ["16", "C", "VERIFIED"],
    ]);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Recommendation", reason: "Imported from texts.csv, line 3" },
    });
    expect(ev.actorLabel).toBe("Eve Editor");
  });

  it("imports nothing when any row clashes or names an unknown section, and says which lines", async () => {
    const before = await db.prisma.recommendation.count();
    const events = await db.prisma.auditEvent.count();
    const state = await run(`${header}\n2,A,,,Fine,no,p,,\n15,C,,,Clash,no,p,,\n3,Z,,,Unknown section,no,p,,\n`);
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors.file).toEqual([
      "Line 3: Recommendation 15 already exists in this cycle",
      expect.stringMatching(/^Line 4, section: "Z" is not a section of this cycle \(use one of: A, B, C/),
    ]);
    expect(await db.prisma.recommendation.count()).toBe(before);
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });

  it("refuses a malformed file before touching the database", async () => {
    const state = await run("not,a,header\n1,2,3\n");
    expect(state.status === "error" && state.fieldErrors.file?.[0]).toMatch(/^Missing columns/);
  });

  it("keeps Kazakh and Russian texts of an uploaded UTF-8 file byte for byte (a BOM is dropped)", async () => {
    const kazakh = "Сайлау комиссияларының тәуелсіздігі қамтамасыз етілуі тиіс: ә ғ қ ң ө ұ ү һ і, ӘҒҚҢӨҰҮҺІ.";
    const lead = "Ёмкая вводная часть: «йод», ЁЛКА.";
    const csv = `${header}\n40,A,,"${lead}","${kazakh}",no,Қазақ тіліндегі аударма (тест),б. 3,\n`;
    const form = new FormData();
    form.set("cycleId", cycle2007);
    form.set("file", new File([`\uFEFF${csv}`], "Ұсынымдар.csv", { type: "text/csv" }));
    // The action's own step that reads the uploaded file into the form (as on the page).
    expect(await importRecommendationsAction.command.prepare!(form)).toBeNull();
    const state = (await execute(importRecommendationsAction.command, await findActiveUser(editorId), form)).state;
    expect(state, JSON.stringify(state)).toMatchObject({ status: "ok" });
    const rec = await db.prisma.recommendation.findFirstOrThrow({ where: { cycleId: cycle2007, label: "40" } });
    const bytes = (x: string | null) => Buffer.from(x ?? "", "utf8");
    expect(bytes(rec.text).equals(bytes(kazakh))).toBe(true);
    expect(bytes(rec.leadIn).equals(bytes(lead))).toBe(true);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Recommendation", reason: "Imported from Ұсынымдар.csv, line 2" },
    });
    expect(ev.entityId).toBe(rec.id);
  });
});
