import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { RANKED_PER_KIND, search, type SearchHit } from "./queries";
import { highlightParts, MARK_END, MARK_START, parseSearchParams, type SearchFilter } from "./schema";

const ok = <T extends { kind: string }>(r: T) => {
  if (r.kind !== "ok") throw new Error(`not recorded: ${JSON.stringify(r)}`);
  return r as Extract<T, { kind: "ok" }>;
};

describe(`full-text search on ${testEngine}`, () => {
  let db: Database;
  const ids: Record<string, string> = {};
  let instId = "";
  const find = (q: string, f: SearchFilter = {}, includeInternal = false, page = 1) =>
    search(q, f, { includeInternal, page });
  const where = (hits: SearchHit[]) => hits.map((h) => `${h.recommendation?.label ?? h.document?.title}:${h.kind}`);

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    for (const l of ["1", "2(b)", "2(c)", "3(a)", "14(a)"]) ids[l] = await recommendationId(db, "kz-2011", l);
    ok(
      await addAssessment(
        db.prisma,
        ed,
        NewAssessmentSchema.parse({
          recommendationId: ids["2(b)"],
          status: "NOT_IMPLEMENTED",
          assessorType: "ODIHR_MISSION",
          date: "2012-04-03",
          rationale: "The quixotic quorum rule was left unchanged.",
        }),
      ),
    );
    const gone = ok(
      await addAssessment(
        db.prisma,
        ed,
        NewAssessmentSchema.parse({
          recommendationId: ids["1"],
          status: "FULLY_IMPLEMENTED",
          assessorType: "CIVIL_SOCIETY",
          date: "2012-05",
          rationale: "Withdrawn zebracorn claim.",
        }),
      ),
    );
    ok(await withdrawAssessment(db.prisma, ed, { id: gone.value.id, version: 1, reason: "entered on the wrong item" }));
    ok(
      await addFollowUp(
        db.prisma,
        ed,
        NewFollowUpSchema.parse({
          recommendationId: ids["14(a)"],
          date: "2012-02",
          actionTaken: "Закон о выборах изменён; сайлау туралы заң",
          nextStep: "Publish the amended quixotic text",
        }),
      ),
    );
    ok(
      await addFollowUp(
        db.prisma,
        ed,
        NewFollowUpSchema.parse({
          recommendationId: ids["2(c)"],
          date: "2012-02",
          actionTaken: "Internal note about the secretsauce meeting",
          internal: "on",
        }),
      ),
    );
    const inst = ok(await createInstitution(db.prisma, u.actor(u.admin), { name: "Parliament" }));
    instId = inst.value.id;
    ok(
      await assignInstitution(
        db.prisma,
        ed,
        AssignmentSchema.parse({ recommendationId: ids["2(b)"], institutionId: instId, date: "2012" }),
      ),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it("finds a recommendation's text and lead-in, with highlighted matches, best first", async () => {
    const r = await find("language fluency");
    const first = r.hits[0]!;
    expect([first.kind, first.recommendation?.label, first.cycle.slug]).toEqual(["recommendation", "3(a)", "kz-2011"]);
    expect(first.recommendation).toMatchObject({ state: "REQUIRES_FURTHER_STUDY", independent: "NOT_YET_ASSESSED" });
    expect(
      highlightParts(first.snippet)
        .filter((p) => p.match)
        .map((p) => p.text.toLowerCase()),
    ).toEqual(expect.arrayContaining(["language", "fluency"]));
    // The state's answer to 3(a) and the CEC's Comments (a document) say it too.
    expect(where(r.hits)).toEqual(expect.arrayContaining(["3(a):response"]));
    expect(r.hits.some((h) => h.kind === "document" && h.document)).toBe(true);
    // The lead-in is searched: "candidate registration" is only in 3(a)/3(b)'s shared lead-in.
    const lead = await find('"candidate registration process"');
    expect(lead.hits.filter((h) => h.kind === "recommendation").map((h) => h.recommendation!.label)).toEqual(
      expect.arrayContaining(["3(a)", "3(b)"]),
    );
  });

  it("finds responses by status sentence, assessments by rationale, follow-ups by action and next step", async () => {
    const further = await find('"requires further study"', { cycle: "kz-2011" }, false, 1);
    expect(further.total).toBeGreaterThanOrEqual(7);
    expect(further.hits.every((h) => h.kind === "response" || h.kind === "document")).toBe(true);
    expect(where((await find("quixotic")).hits).sort()).toEqual(["14(a):followUp", "2(b):assessment"]);
  });

  it("finds Cyrillic (Russian and Kazakh) text", async () => {
    expect(where((await find("выборах")).hits)).toEqual(["14(a):followUp"]);
    expect(where((await find("ЗАҢ")).hits)).toEqual(["14(a):followUp"]);
  });

  it("never matches withdrawn entries; internal follow-ups only for those who may read them", async () => {
    expect((await find("zebracorn")).total).toBe(0);
    expect((await find("secretsauce")).total).toBe(0);
    const editor = await find("secretsauce", {}, true);
    expect(where(editor.hits)).toEqual(["2(c):followUp"]);
    expect(editor.hits[0]!.internal).toBe(true);
    expect((await find("quixotic")).hits.every((h) => !h.internal)).toBe(true);
  });

  it("filters by country, cycle, section, both status lenses and institution", async () => {
    expect((await find("language fluency", { country: "KZ" })).total).toBeGreaterThan(0);
    expect((await find("language fluency", { country: "AM" })).total).toBe(0);
    expect((await find("language fluency", { cycle: "kz-2007" })).total).toBe(0);
    const inB = await find("quixotic", { section: "B" });
    expect(where(inB.hits)).toEqual(["14(a):followUp"]);
    expect(where((await find("quixotic", { section: "A" })).hits)).toEqual(["2(b):assessment"]);
    expect(where((await find("quixotic", { independent: "NOT_IMPLEMENTED" })).hits)).toEqual(["2(b):assessment"]);
    const state14 = (await find("quixotic")).hits.find((h) => h.kind === "followUp")!.recommendation!.state;
    expect(where((await find("quixotic", { status: state14 })).hits)).toContain("14(a):followUp");
    expect(where((await find("quixotic", { institution: instId })).hits)).toEqual(["2(b):assessment"]);
    // A status filter leaves documents out: they have no status.
    expect(
      (await find("language fluency", { status: "REQUIRES_FURTHER_STUDY" })).hits.every((h) => h.recommendation),
    ).toBe(true);
  });

  it("pages in a stable order and reports the total", async () => {
    const all = await search("recommendation", {}, { includeInternal: false, pageSize: 1000 });
    expect(all.total).toBeGreaterThan(25);
    const p1 = await search("recommendation", {}, { includeInternal: false, pageSize: 10, page: 1 });
    const p2 = await search("recommendation", {}, { includeInternal: false, pageSize: 10, page: 2 });
    expect([...p1.hits, ...p2.hits].map((h) => h.entryId)).toEqual(all.hits.slice(0, 20).map((h) => h.entryId));
    expect(p1.pages).toBe(Math.ceil(all.total / 10));
    const past = await search("recommendation", {}, { includeInternal: false, pageSize: 10, page: 999 });
    expect([past.hits.length, past.total]).toEqual([0, all.total]);
  });

  it("ranks at most RANKED_PER_KIND matches of a kind, says so, and scopes a cycle before ranking", async () => {
    await db.prisma.followUp.createMany({
      data: Array.from({ length: RANKED_PER_KIND + 1 }, (_, i) => ({
        recommendationId: ids["14(a)"]!,
        datePrecision: "DAY" as const,
        dateFrom: new Date("2012-01-01"),
        dateTo: new Date("2012-01-01"),
        actionTaken: `Plentiful entry ${i}`,
      })),
    });
    const many = await find("plentiful");
    expect([many.capped, many.total]).toEqual([true, RANKED_PER_KIND]);
    expect((await find("plentiful", { cycle: "kz-2007" })).total).toBe(0);
    const few = await find("quixotic");
    expect(few.capped).toBe(false);
    expect(few.total).toBeGreaterThan(0);
  });

  it("takes any input without failing: empty, operators only, markers, quotes", async () => {
    expect((await find("")).total).toBe(0);
    for (const q of ["!!!", '"', "or", "-", "a & b | !c", `${MARK_START}x${MARK_END}`, "'; DROP TABLE users; --"])
      expect((await find(q)).hits).toBeInstanceOf(Array);
  });
});

describe("search parameters and highlights", () => {
  it("parses the URL, dropping and naming malformed values", () => {
    const p = parseSearchParams({ q: "  language  ", country: "kz", cycle: "kz-2011", status: "NOPE", page: "x" });
    expect(p).toEqual({
      q: "language",
      filter: { country: "KZ", cycle: "kz-2011" },
      page: 1,
      invalid: ["status", "page"],
    });
    expect(parseSearchParams({ q: "x".repeat(201) }).invalid).toEqual(["q"]);
  });

  it("splits a snippet into text and matches; stray markers never show", () => {
    expect(highlightParts(`a ${MARK_START}b${MARK_END} c <i>${MARK_START}`)).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c <i>", match: false },
    ]);
  });
});
