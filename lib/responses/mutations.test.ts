import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { statusRows } from "@/lib/status/figures";
import { addResponse, correctResponse, withdrawResponse } from "./mutations";
import { CorrectResponseSchema, NewResponseSchema } from "./schema";

describe(`the state's responses as a dated series, on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec1: string;
  let seeded: { id: string; version: number };
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    rec1 = await recommendationId(db, "kz-2011", "1");
    seeded = await db.prisma.stateResponse.findFirstOrThrow({ where: { recommendationId: rec1 } });
  });
  afterAll(async () => {
    await db?.close();
  });

  const current = async (on: string | null = null) => (await statusRows({ on, asOf: null }, { ids: [rec1] }))[0]!;
  /** The form of an entry as stored, with changes: what the edit form would submit. */
  const formOf = async (id: string, over: Record<string, unknown>) => {
    const r = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id } });
    return CorrectResponseSchema.parse({
      id,
      version: String(r.version),
      status: r.status,
      text: r.text ?? "",
      statusSentence: r.statusSentence ?? "",
      documentId: r.documentId ?? "",
      location: r.location ?? "",
      notBefore: r.dateFrom?.toISOString().slice(0, 10) ?? "",
      notAfter: r.dateTo.toISOString().slice(0, 10),
      dateNote: r.dateNote ?? "",
      ...over,
    });
  };

  it("keeps the seeded answer as the first of the series, dated by the bounds the sources give", async () => {
    const r = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: seeded.id } });
    expect([r.datePrecision, r.dateFrom?.toISOString().slice(0, 10), r.dateTo.toISOString().slice(0, 10)]).toEqual([
      "RANGE",
      "2011-07-13",
      "2011-09-30",
    ]);
    expect(r.dateNote).toContain("30 September 2011");
    expect(await current()).toMatchObject({ state: "AT_STAGE_OF_IMPLEMENTATION", responseId: seeded.id });
  });

  it("adds a later answer as a new entry: it is the status from its date on, the old one before", async () => {
    const r = await addResponse(
      db.prisma,
      u.actor(u.editor),
      NewResponseSchema.parse({
        recommendationId: rec1,
        status: "ACCEPTED_IN_PART",
        text: "Part of it is in the draft law before parliament.",
        date: "2013-03",
      }),
    );
    expect(r.kind).toBe("ok");
    const id = r.kind === "ok" ? r.value.id : "";
    expect(await current()).toMatchObject({ state: "ACCEPTED_IN_PART", responseId: id });
    // March 2013 counts from its last day.
    expect(await current("2013-03-15")).toMatchObject({ state: "AT_STAGE_OF_IMPLEMENTATION", responseId: seeded.id });
    expect(await current("2013-03-31")).toMatchObject({ responseId: id });
    expect(await current("2011-06-01")).toMatchObject({ state: "NO_RESPONSE", responseId: null });
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(ev).toMatchObject({
      action: "create",
      entityType: "StateResponse",
      actorLabel: "Eve Editor",
      recommendationId: rec1,
    });
    expect((ev.changes as Record<string, { to: unknown }>).datePrecision?.to).toBe("MONTH");
    // The same transaction wrote the first version of the entry.
    expect(await db.prisma.stateResponseVersion.count({ where: { id, auditSeq: ev.seq, recordedTo: null } })).toBe(1);
  });

  it("breaks a tie between answers of the same date by entry: the later entry is current", async () => {
    const a = await addResponse(
      db.prisma,
      u.actor(u.editor),
      NewResponseSchema.parse({ recommendationId: rec1, status: "ACCEPTED_IN_PART", date: "2014-05-05" }),
    );
    const b = await addResponse(
      db.prisma,
      u.actor(u.editor2),
      NewResponseSchema.parse({ recommendationId: rec1, status: "IMPLEMENTED", date: "2014-05-05" }),
    );
    expect([a.kind, b.kind]).toEqual(["ok", "ok"]);
    expect(await current()).toMatchObject({ state: "IMPLEMENTED", responseId: b.kind === "ok" ? b.value.id : "" });
  });

  it("corrects an entry (versioned, audited, old version kept); a status change needs a reason", async () => {
    const noReason = await correctResponse(
      db.prisma,
      u.actor(u.editor),
      await formOf(seeded.id, { status: "CANNOT_BE_ACCEPTED" }),
    );
    expect(noReason).toEqual({ kind: "invalid", fieldErrors: { reason: ["Give a reason for changing the status"] } });
    const events = await db.prisma.auditEvent.count();
    const typo = await correctResponse(
      db.prisma,
      u.actor(u.editor),
      await formOf(seeded.id, { location: "Part “Recommendations”, item 1", reason: "Typo" }),
    );
    expect(typo.kind).toBe("ok");
    expect(await db.prisma.auditEvent.count()).toBe(events + 1);
    const versions = await db.prisma.stateResponseVersion.findMany({
      where: { id: seeded.id },
      orderBy: { recordedFrom: "asc" },
    });
    expect(versions.map((v) => [v.version, v.recordedTo === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[0]!.recordedTo).toEqual(versions[1]!.recordedFrom);
  });

  it("rebases a stale form: fields the user did not touch take the current values", async () => {
    const opened = await formOf(seeded.id, {}); // version 2
    await correctResponse(db.prisma, u.actor(u.editor2), await formOf(seeded.id, { location: "Changed by Ed" }));
    const r = await correctResponse(db.prisma, u.actor(u.editor), {
      ...opened,
      statusSentence: "Recommendation is at the stage of implementation (as printed).",
    });
    expect(r.kind).toBe("ok");
    if (r.kind === "ok") expect(r.value.rebasedOver.map((c) => [c.field, c.by])).toEqual([["location", "Ed Second"]]);
    const row = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: seeded.id } });
    expect([row.location, row.statusSentence, row.version]).toEqual([
      "Changed by Ed",
      "Recommendation is at the stage of implementation (as printed).",
      4,
    ]);
  });

  it("shows both versions when both changed the same field, says who (you, in another tab), and saves nothing", async () => {
    const opened = await formOf(seeded.id, {});
    await correctResponse(db.prisma, u.actor(u.editor), await formOf(seeded.id, { text: "Mine, from another tab" }));
    await correctResponse(db.prisma, u.actor(u.editor2), await formOf(seeded.id, { location: "Ed again" }));
    const before = await db.prisma.auditEvent.count();
    const r = await correctResponse(db.prisma, u.actor(u.editor), { ...opened, text: "Mine, from this tab" });
    expect(r.kind).toBe("conflict");
    if (r.kind !== "conflict") return;
    expect(r.conflicts).toEqual([{ field: "text", mine: "Mine, from this tab", theirs: "Mine, from another tab" }]);
    expect(r.changes.map((c) => [c.field, c.byYou, c.by])).toEqual([
      ["text", true, "Eve Editor"],
      ["location", false, "Ed Second"],
    ]);
    // The rebased form: their location, my text, at the current version.
    expect([r.merged?.location, r.merged?.text, r.currentVersion]).toEqual(["Ed again", "Mine, from this tab", 6]);
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });

  it("lets exactly one of two concurrent corrections of the same version win; the other is told to save again", async () => {
    const opened = await formOf(seeded.id, {});
    const results = await Promise.all([
      correctResponse(db.prisma, u.actor(u.editor), { ...opened, location: "Writer A" }),
      correctResponse(db.prisma, u.actor(u.editor2), { ...opened, location: "Writer B" }),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "ok"]);
    const row = await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(row.location).toBe(results[0]!.kind === "ok" ? "Writer A" : "Writer B");
    expect(row.version).toBe(opened.version + 1);
  });

  it("withdraws a mistaken entry with a reason: it stays, and no longer counts", async () => {
    const latest = (await current()).responseId!;
    const v = (await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: latest } })).version;
    expect(
      (
        await withdrawResponse(db.prisma, u.actor(u.editor), {
          id: latest,
          version: v,
          reason: "Entered on the wrong item",
        })
      ).kind,
    ).toBe("ok");
    expect((await current()).responseId).not.toBe(latest);
    expect((await db.prisma.stateResponse.findUniqueOrThrow({ where: { id: latest } })).withdrawalReason).toBe(
      "Entered on the wrong item",
    );
    const again = await correctResponse(db.prisma, u.actor(u.editor), await formOf(latest, { text: "x" }));
    expect(again).toEqual({
      kind: "invalid",
      fieldErrors: { form: ["This response was withdrawn; it can no longer be changed."] },
    });
  });

  it("refuses an unknown source document and an unknown recommendation, writing nothing", async () => {
    // Documents of the country's other cycles may be cited (lib/cycles/cross-cycle.test.ts); unknown ones not.
    const doc2007 = { id: "d".repeat(25) };
    const before = await db.prisma.auditEvent.count();
    expect(
      await addResponse(
        db.prisma,
        u.actor(u.editor),
        NewResponseSchema.parse({
          recommendationId: rec1,
          status: "IMPLEMENTED",
          date: "2015",
          documentId: doc2007.id,
        }),
      ),
    ).toEqual({
      kind: "invalid",
      fieldErrors: { documentId: ["This document is not in the tracker (any more)"] },
    });
    expect(
      (
        await addResponse(
          db.prisma,
          u.actor(u.editor),
          NewResponseSchema.parse({ recommendationId: "c".repeat(25), status: "IMPLEMENTED", date: "2015" }),
        )
      ).kind,
    ).toBe("not-found");
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });
});

describe("state response input validation", () => {
  const ok = { recommendationId: "a".repeat(25), status: "IMPLEMENTED", date: "2012-01" };
  it("reports every bad field at once, one message each", () => {
    const r = NewResponseSchema.safeParse({
      recommendationId: "../etc",
      status: "DONE",
      date: "2999-01-01",
      text: "<script>alert(1)</script>",
      sourceUrl: "javascript:alert(1)",
    });
    expect(r.success).toBe(false);
    const byField = new Map<string, number>();
    for (const i of r.error!.issues) byField.set(String(i.path[0]), (byField.get(String(i.path[0])) ?? 0) + 1);
    expect(Object.fromEntries(byField)).toEqual({ recommendationId: 1, status: 1, date: 1, text: 1, sourceUrl: 1 });
  });
  it("does not record 'no response' as a response; accepts plain text with angle brackets; refuses oversized text", () => {
    expect(NewResponseSchema.safeParse({ ...ok, status: "NO_RESPONSE" }).success).toBe(false);
    expect(NewResponseSchema.safeParse({ ...ok, text: "Turnout < 50 % and > 10 %" }).success).toBe(true);
    expect(NewResponseSchema.safeParse({ ...ok, text: "x".repeat(20_001) }).success).toBe(false);
  });
});
