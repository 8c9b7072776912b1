// The import on the one real source we hold, the CEC's 2011 Comments: into 2011 (which holds all 32 items)
// it creates nothing and reports every item; into an empty cycle it commits exactly the parsed items with
// their answers, and reverts to nothing; the audit checks pass throughout. Both engines.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { KZ_2011_LABELS } from "@/lib/test/kz-2011";
import { findActiveUser } from "@/lib/users/queries";
import { execute } from "@/lib/actions/command";
import { verifyTables } from "@/lib/audit/verify-tables";
import { commitReportImportAction, revertReportImportAction } from "./actions";
import { parseReportText } from "./parse";

const source = readFileSync(
  new URL("../../prisma/seed-data/sources/001_00b9d59d0ed12259.txt", import.meta.url),
  "utf8",
);
const { items } = parseReportText(source);

describe(`importing the 2011 CEC Comments on ${testEngine}`, () => {
  let db: Database;
  let editor: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    editor = (await seededWithUsers(db)).editor.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const cycle = (slug: string) => db.prisma.electionCycle.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const commit = async (slug: string) => {
    const form = new FormData();
    form.set("cycleId", (await cycle(slug)).id);
    form.set("items", JSON.stringify(items));
    form.set("notBefore", "2011-07-13");
    form.set("notAfter", "2011-09-30");
    return (await execute(commitReportImportAction.command, await findActiveUser(editor), form)).state;
  };

  it("finds all 32 items, and in 2011 creates nothing: every item is already recorded", async () => {
    expect(items.map((i) => i.label)).toEqual(KZ_2011_LABELS);
    const events = await db.prisma.auditEvent.count();
    const state = await commit("kz-2011");
    expect(state.status === "ok" && state.message).toBe(
      `Nothing was imported: all 32 items are already recorded (${KZ_2011_LABELS.join(", ")}).`,
    );
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });

  it("commits the parsed items into an empty cycle exactly, then reverts them all", async () => {
    const state = await commit("kz-2012");
    expect(state.status).toBe("ok");
    const { id: cycleId } = await cycle("kz-2012");
    const recs = await db.prisma.recommendation.findMany({
      where: { cycleId },
      orderBy: { order: "asc" },
      include: { section: { include: { parent: true } }, responses: true },
    });
    expect(
      recs.map((r) => ({
        label: r.label,
        topic: r.section?.parent ? r.section.title : null,
        leadIn: r.leadIn,
        text: r.text,
        response: r.responses.map((x) => ({ status: x.status, text: x.text, statusSentence: x.statusSentence })),
      })),
    ).toEqual(
      items.map((i) => ({
        label: i.label,
        topic: i.topic,
        leadIn: i.leadIn,
        text: i.text,
        response: i.response ? [i.response] : [],
      })),
    );
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
    const id = state.status === "ok" ? state.data!.importId! : "";
    const form = new FormData();
    form.set("id", id);
    const reverted = (await execute(revertReportImportAction.command, await findActiveUser(editor), form)).state;
    expect(reverted.status).toBe("ok");
    expect(await db.prisma.recommendation.count({ where: { cycleId } })).toBe(0);
    expect(await db.prisma.reportSection.count({ where: { cycleId } })).toBe(2); // the seeded A and B
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  });
});
