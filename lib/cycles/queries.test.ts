import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seedDatabase } from "@/lib/seed/seed";
import { getCycle, listCycles } from "./queries";

describe(`cycle queries on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    await seedDatabase(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lists the cycles with recommendation counts and response counts computed by the database", async () => {
    const cycles = await listCycles();
    expect(cycles.map((c) => [c.slug, c._count.recommendations])).toEqual([["kz-2005", 1], ["kz-2007", 1], ["kz-2011", 32], ["kz-2012", 0]]);
    const c2011 = cycles.find((c) => c.slug === "kz-2011")!;
    expect(c2011.responseCounts).toEqual({ IMPLEMENTED: 11, CANNOT_BE_ACCEPTED: 11, REQUIRES_FURTHER_STUDY: 7, AT_STAGE_OF_IMPLEMENTATION: 2, ACCEPTED_IN_PART: 1 });
    expect(cycles.find((c) => c.slug === "kz-2005")!.responseCounts).toEqual({ NO_RESPONSE: 1 });
  });

  it("returns 2011 in report order with its sections and topics", async () => {
    const d = (await getCycle("kz-2011", {}))!;
    expect(d.recommendations.map((r) => r.label).slice(0, 6)).toEqual(["1", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)"]);
    expect(d.recommendations).toHaveLength(32);
    expect(d.sections.filter((s) => !s.parentId).map((s) => s.title)).toEqual(["A. Priority recommendations", "B. Other recommendations"]);
    expect(d.sections.filter((s) => s.parentId).map((s) => s.title)).toEqual([
      "Legal framework", "Election administration", "Voter registration", "Adjudication of election disputes", "Media", "Election day",
    ]);
    expect(d.documents.map((x) => x.slug).sort()).toEqual(["kz-2011-cec-comments", "kz-2011-hdim-statement", "kz-2011-us-statement"]);
  });

  it("filters by section (including its topics), topic, status and priority", async () => {
    const labels = async (f: Parameters<typeof getCycle>[1]) => (await getCycle("kz-2011", f))!.recommendations.map((r) => r.label);
    expect(await labels({ section: "B/media" })).toEqual(["20"]);
    expect((await labels({ section: "B" })).length).toBe(13);
    expect(await labels({ status: "ACCEPTED_IN_PART" })).toEqual(["6(a)"]);
    expect((await labels({ priority: "PRIORITY" })).length).toBe(19);
    expect(await labels({ section: "A", status: "AT_STAGE_OF_IMPLEMENTATION" })).toEqual(["1", "5"]);
    expect(await labels({ status: "NO_RESPONSE" })).toEqual([]);
    expect((await getCycle("kz-2005", { status: "NO_RESPONSE" }))!.recommendations.map((r) => r.label)).toEqual(["17"]);
  });

  it("returns null for an unknown cycle", async () => {
    expect(await getCycle("kz-1999", {})).toBeNull();
  });
});
