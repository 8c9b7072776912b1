// The report-text import on both engines: what is committed is what was previewed; importing again creates
// nothing; a revert removes exactly what the import created and leaves a consistent history; a revert that
// would lose later work, a viewer, and unreadable items are refused without writing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { execute } from "@/lib/actions/command";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";
import { addResponse } from "@/lib/responses/mutations";
import { NewResponseSchema } from "@/lib/responses/schema";
import { linkRecommendations } from "@/lib/links/mutations";
import { addRecommendation } from "@/lib/recommendations/mutations";
import { NewRecommendationSchema } from "@/lib/recommendations/schema";
import { listAuditEvents } from "@/lib/audit/queries";
import { AuditFilterSchema } from "@/lib/audit/schema";
import type { ParsedItem } from "./parsed";
import { commitReportImportAction, revertReportImportAction } from "./actions";

const ITEMS: ParsedItem[] = [
  {
    label: "1",
    section: "A. Priority recommendations",
    topic: null,
    leadIn: null,
    text: "Relevant, reasonable and objective criteria should be set for registering political parties.",
    response: null,
  },
  {
    label: "2(a)",
    section: "A. Priority recommendations",
    topic: null,
    leadIn: "To guarantee the independence of election commissions, consideration could be given to:",
    text: "appointing commissioners by a transparent procedure;\n\nand publishing their names.",
    response: {
      status: "ACCEPTED_IN_PART",
      text: "The CEC standpoint. Names are published at the district level.",
      statusSentence: "Recommendation is accepted in part.",
    },
  },
  {
    label: "12",
    section: "B. Other recommendations",
    topic: "Media",
    leadIn: null,
    text: "Civil defamation cases should be settled fairly and proportionately.",
    response: { status: "IMPLEMENTED", text: "Done.", statusSentence: "Recommendation is implemented." },
  },
  {
    label: "20",
    section: "C. Election day",
    topic: null,
    leadIn: null,
    text: "Results should be published at all levels.",
    response: null,
  },
];

describe(`report-text import on ${testEngine}`, () => {
  let db: Database;
  let cycleId: string;
  let documentId: string;
  let users: Awaited<ReturnType<typeof seededWithUsers>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    users = await seededWithUsers(db);
    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({
      where: { slug: "kz-2012" },
      select: { id: true, documents: { select: { id: true } } },
    });
    cycleId = cycle.id;
    documentId = cycle.documents[0]!.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const commit = async (items: unknown, extra: Record<string, string> = {}, as = users.editor.id) => {
    const form = new FormData();
    form.set("cycleId", cycleId);
    form.set("documentId", documentId);
    form.set("items", typeof items === "string" ? items : JSON.stringify(items));
    form.set("notBefore", "2012-04-03");
    form.set("notAfter", "2012-09-30");
    form.set("dateNote", "Undated answer to the final report");
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return (await execute(commitReportImportAction.command, await findActiveUser(as), form)).state;
  };
  const revert = async (id: string, as = users.editor.id) => {
    const form = new FormData();
    form.set("id", id);
    return (await execute(revertReportImportAction.command, await findActiveUser(as), form)).state;
  };
  const counts = async () => ({
    recommendations: await db.prisma.recommendation.count({ where: { cycleId } }),
    sections: await db.prisma.reportSection.count({ where: { cycleId } }),
    responses: await db.prisma.stateResponse.count({ where: { recommendation: { cycleId } } }),
    imports: await db.prisma.reportImport.count(),
    events: await db.prisma.auditEvent.count(),
  });
  const consistent = async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
    expect((await verifyTables(db.prisma)).problems).toEqual([]);
  };

  let firstImport = "";

  it("commits exactly the previewed items, sections only where missing, and one import event", async () => {
    const state = await commit(ITEMS, { fileName: "final-report.pdf", fileSha256: "a".repeat(64) });
    expect(state).toMatchObject({ status: "ok", message: "4 recommendations were imported: 1, 2(a), 12, 20." });
    if (state.status !== "ok") return;
    firstImport = state.data!.importId!;
    const recs = await db.prisma.recommendation.findMany({
      where: { cycleId },
      orderBy: { order: "asc" },
      include: { section: { include: { parent: true } }, responses: true },
    });
    const committed = recs.map((r) => ({
      label: r.label,
      section: (r.section?.parent ?? r.section)?.title ?? null,
      topic: r.section?.parent ? r.section.title : null,
      leadIn: r.leadIn,
      text: r.text,
      response: r.responses[0]
        ? {
            status: r.responses[0].status,
            text: r.responses[0].text,
            statusSentence: r.responses[0].statusSentence,
          }
        : null,
    }));
    // The seeded sections are titled "A. Priority Recommendations" and "B. Other Recommendations".
    const asSeeded = (s: string | null) =>
      s
        ?.replace("Priority recommendations", "Priority Recommendations")
        .replace("Other recommendations", "Other Recommendations") ?? null;
    expect(committed).toEqual(ITEMS.map((i) => ({ ...i, section: asSeeded(i.section) })));
    expect(recs.map((r) => [r.priority, r.sourceDocumentId, r.textVerification])).toEqual([
      ["PRIORITY", documentId, "NEEDS_VERIFICATION"],
      ["PRIORITY", documentId, "NEEDS_VERIFICATION"],
      ["OTHER", documentId, "NEEDS_VERIFICATION"],
      ["UNSPECIFIED", documentId, "NEEDS_VERIFICATION"],
    ]);
    const resp = recs[1]!.responses[0]!;
    expect([
      resp.datePrecision,
      resp.dateFrom?.toISOString().slice(0, 10),
      resp.dateTo.toISOString().slice(0, 10),
    ]).toEqual(["RANGE", "2012-04-03", "2012-09-30"]);
    expect(resp.documentId).toBe(documentId);
    const sections = await db.prisma.reportSection.findMany({ where: { cycleId }, orderBy: { key: "asc" } });
    expect(sections.map((s) => s.key)).toEqual(["A", "B", "B/media", "C"]);
    const imp = await db.prisma.reportImport.findUniqueOrThrow({ where: { id: firstImport } });
    expect(imp).toMatchObject({ labels: "1, 2(a), 12, 20", itemCount: 4, fileName: "final-report.pdf", documentId });
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "ReportImport" } });
    expect(events.map((e) => [e.action, e.entityId, e.actorLabel])).toEqual([["import", firstImport, "Eve Editor"]]);
    const parts = await db.prisma.auditEvent.count({
      where: { reason: "Report-text import from file “final-report.pdf”" },
    });
    expect(parts).toBe(4 + 2 + 2); // recommendations, responses, the new topic and section
    await consistent();
  });

  it("creates nothing when the same text is imported again, and reports every item as present", async () => {
    const before = await counts();
    const state = await commit(ITEMS);
    expect(state).toMatchObject({
      status: "ok",
      message: "Nothing was imported: all 4 items are already recorded (1, 2(a), 12, 20).",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses unreadable items and bad items, naming each, and writes nothing", async () => {
    const before = await counts();
    const broken = await commit("[{not json");
    expect(broken.status === "error" && broken.fieldErrors.items).toEqual([
      "The previewed items could not be read. Nothing was imported.",
    ]);
    const bad = await commit([
      { ...ITEMS[0]!, label: "30" },
      { ...ITEMS[0]!, label: "Recommendation X", text: "" },
      { ...ITEMS[0]!, label: "30 " },
    ]);
    expect(bad.status === "error" && bad.fieldErrors).toMatchObject({
      "items.1.label": ['Label must be a number, optionally with a small letter: "17", "2(a)"'],
      "items.1.text": ["Text is required"],
      "items.2.label": ["Label 30 is also used by item 1: relabel or merge one of them"],
    });
    const undated = await commit([{ ...ITEMS[2]!, label: "31" }], { notBefore: "", notAfter: "" });
    expect(undated.status === "error" && undated.fieldErrors.date?.[0]).toMatch(
      /^Date of the captured responses is required/,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a viewer", async () => {
    const before = await counts();
    const state = await commit([{ ...ITEMS[0]!, label: "40" }], {}, users.viewer.id);
    expect(state).toMatchObject({
      status: "error",
      message: "You do not have permission to do this. Nothing was saved.",
    });
    expect((await revert(firstImport, users.viewer.id)).status).toBe("error");
    expect(await counts()).toEqual(before);
  });

  it("refuses to revert an import whose items gained entries, naming them", async () => {
    const second = await commit([
      { ...ITEMS[0]!, label: "5", section: "D. Adjudication" },
      { ...ITEMS[0]!, label: "6", section: "D. Adjudication" },
    ]);
    expect(second.status).toBe("ok");
    const id = second.status === "ok" ? second.data!.importId! : "";
    const r5 = await recommendationId(db, "kz-2012", "5");
    const r6 = await recommendationId(db, "kz-2012", "6");
    await addResponse(
      db.prisma,
      users.actor(users.editor2),
      NewResponseSchema.parse({ recommendationId: r5, status: "IMPLEMENTED", date: "2013" }),
    );
    await linkRecommendations(db.prisma, users.actor(users.editor2), {
      fromId: r6,
      toId: await recommendationId(db, "kz-2011", "3(a)"),
      kind: "REPEATS",
    });
    const before = await counts();
    const state = await revert(id);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: {
        form: [
          "Not reverted: since the import, recommendation 5 was changed or gained entries. " +
            "Reverting would lose that work; undo it first or keep the import. Nothing was removed.",
        ],
      },
    });
    expect(await counts()).toEqual(before);
    // A recommendation someone else put in a section the import created.
    const sectionD = await db.prisma.reportSection.findFirstOrThrow({ where: { cycleId, key: "D" } });
    await addRecommendation(
      db.prisma,
      users.actor(users.editor2),
      NewRecommendationSchema.parse({
        cycleId,
        label: "77",
        sectionId: sectionD.id,
        priority: "OTHER",
        text: "Added by hand",
        textVerification: "VERIFIED",
        provenance: "Typed from the report",
      }),
    );
    const again = await revert(id);
    expect(again.status === "error" && again.fieldErrors.form?.[0]).toContain(
      "recommendation 5 was changed or gained entries, and section “D. Adjudication” gained other recommendations or topics",
    );
    await consistent();
  });

  it("reverts an import as a whole: what it created is gone, the history shows both events, and all checks pass", async () => {
    const state = await revert(firstImport);
    expect(state).toMatchObject({
      status: "ok",
      message: "The import was reverted: recommendations 1, 2(a), 12, 20 were removed.",
    });
    const left = await db.prisma.recommendation.findMany({ where: { cycleId }, select: { label: true } });
    expect(left.map((r) => r.label).sort()).toEqual(["5", "6", "77"]);
    const keys = (await db.prisma.reportSection.findMany({ where: { cycleId } })).map((s) => s.key).sort();
    expect(keys).toEqual(["A", "B", "D"]); // the seeded two, and the second import's
    const imp = await db.prisma.reportImport.findUniqueOrThrow({ where: { id: firstImport } });
    expect(imp.revertedAt).not.toBeNull();
    const events = await db.prisma.auditEvent.findMany({
      where: { entityType: "ReportImport", entityId: firstImport },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["import", "revert"]);
    const removed = await db.prisma.auditEvent.groupBy({
      by: ["entityType"],
      where: { action: "remove" },
      _count: true,
      orderBy: { entityType: "asc" },
    });
    expect(removed.map((r) => [r.entityType, r._count])).toEqual([
      ["Recommendation", 4],
      ["ReportSection", 2],
      ["StateResponse", 2],
    ]);
    // The tracker's time line keeps every removed recommendation, closed at the revert.
    const versions = await db.prisma.recommendationVersion.findMany({ where: { cycleId, label: "2(a)" } });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.recordedTo).not.toBeNull();
    await consistent();
    expect((await revert(firstImport)).status === "error").toBe(true);
    // The audit page reads both events in words: no ids, no codes.
    const { events: readable } = await listAuditEvents(AuditFilterSchema.parse({ entityType: "ReportImport" }), false);
    const mine = readable.filter((e) => e.entityId === firstImport);
    expect(mine.map((e) => [e.what, e.record, e.cycle?.label])).toEqual([
      ["Reverted", "Report-text import", "2012 · Early parliamentary (Mazhilis) elections"],
      ["Imported", "Report-text import: final-report.pdf", "2012 · Early parliamentary (Mazhilis) elections"],
    ]);
    expect(mine[1]!.lines.map((l) => [l.label, l.to])).toEqual(
      expect.arrayContaining([
        ["Recommendations created", "1, 2(a), 12, 20"],
        ["Number of recommendations created", "4"],
        ["Source document", expect.stringMatching(/^Kazakhstan/)],
      ]),
    );
    expect(JSON.stringify(mine[1]!.lines)).not.toContain(imp.id);
    expect(mine[0]!.lines.map((l) => l.label)).toEqual(["Reverted on"]);
    expect(mine[0]!.reason).toMatch(
      /^The import of \d{4}-\d{2}-\d{2} from file “final-report.pdf” \(recommendations 1, 2\(a\), 12, 20\)$/,
    );
  });

  it("takes the links made to its items with it when reverting, each an audited unlink", async () => {
    const third = await commit([{ ...ITEMS[0]!, label: "8" }]);
    const id = third.status === "ok" ? third.data!.importId! : "";
    const r8 = await recommendationId(db, "kz-2012", "8");
    const earlier = await recommendationId(db, "kz-2011", "3(a)");
    await linkRecommendations(db.prisma, users.actor(users.editor2), { fromId: r8, toId: earlier, kind: "REPEATS" });
    expect((await revert(id)).status).toBe("ok");
    expect(await db.prisma.recommendationLink.count({ where: { fromId: r8 } })).toBe(0);
    const unlink = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "RecommendationLink", entityId: `${r8}:${earlier}`, action: "unlink" },
    });
    expect(unlink.reason).toMatch(/^Report-text import reverted/);
    await consistent();
  });
});
