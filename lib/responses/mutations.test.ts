import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { saveStateResponse } from "./mutations";
import { StateResponseInputSchema } from "./schema";

describe(`state responses on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec1: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
    rec1 = await recommendationId(db, "kz-2011", "1");
  });
  afterAll(async () => {
    await db?.close();
  });

  const input = (over: Record<string, unknown>) =>
    StateResponseInputSchema.parse({ recommendationId: rec1, version: "1", status: "AT_STAGE_OF_IMPLEMENTATION", ...over });

  it("revises a response with field-level audit and the reason, in one transaction", async () => {
    const before = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } });
    const r = await saveStateResponse(db.prisma, u.actor(u.editor), input({ status: "IMPLEMENTED", text: before.text, statusSentence: before.statusSentence, documentId: before.documentId, location: before.location, reason: "Law adopted" }));
    expect(r.kind).toBe("ok");
    const after = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } });
    expect([after.status, after.version, after.updatedById]).toEqual(["IMPLEMENTED", 2, u.editor.id]);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: after.id }, orderBy: { seq: "desc" } });
    expect(ev).toMatchObject({ action: "update", actorLabel: "Eve Editor", reason: "Law adopted", recommendationId: rec1 });
    expect(ev.changes).toEqual({ status: { from: "AT_STAGE_OF_IMPLEMENTATION", to: "IMPLEMENTED" }, version: { from: 1, to: 2 } });
  });

  it("requires a reason to change the status, and writes nothing without one", async () => {
    const events = await db.prisma.auditEvent.count();
    const r = await saveStateResponse(db.prisma, u.actor(u.editor), input({ version: "2", status: "CANNOT_BE_ACCEPTED" }));
    expect(r).toEqual({ kind: "invalid", fieldErrors: { reason: ["Give a reason for changing the status"] } });
    expect((await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } })).status).toBe("IMPLEMENTED");
    expect(await db.prisma.auditEvent.count()).toBe(events);
  });

  it("refuses a stale form and says what changed, by whom", async () => {
    const r = await saveStateResponse(db.prisma, u.actor(u.editor2), input({ version: "1", status: "REQUIRES_FURTHER_STUDY", reason: "x", text: "My text" }));
    expect(r.kind).toBe("conflict");
    if (r.kind !== "conflict") return;
    expect(r.currentVersion).toBe(2);
    expect(r.changes).toEqual([expect.objectContaining({ field: "status", to: "IMPLEMENTED", by: "Eve Editor" })]);
  });

  it("lets exactly one of two concurrent writers of the same version win", async () => {
    const cur = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } });
    const base = { version: String(cur.version), status: cur.status, statusSentence: cur.statusSentence, documentId: cur.documentId, location: cur.location };
    const results = await Promise.all([
      saveStateResponse(db.prisma, u.actor(u.editor), input({ ...base, text: "Writer A" })),
      saveStateResponse(db.prisma, u.actor(u.editor2), input({ ...base, text: "Writer B" })),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "ok"]);
    const winner = results[0]!.kind === "ok" ? "Writer A" : "Writer B";
    const after = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } });
    expect([after.text, after.version]).toEqual([winner, cur.version + 1]);
    expect(await db.prisma.auditEvent.count({ where: { entityId: cur.id, changes: { path: ["version", "to"], equals: cur.version + 1 } } })).toBe(1);
  });

  it("records a first response on a recommendation that had none, with a reason", async () => {
    const r17 = await recommendationId(db, "kz-2005", "17");
    const noReason = await saveStateResponse(db.prisma, u.actor(u.editor), input({ recommendationId: r17, version: "0", status: "IMPLEMENTED" }));
    expect(noReason.kind).toBe("invalid");
    const ok = await saveStateResponse(db.prisma, u.actor(u.editor), input({ recommendationId: r17, version: "0", status: "IMPLEMENTED", reason: "CEC comments 2011" }));
    expect(ok.kind).toBe("ok");
  });

  it("refuses a source document of another cycle and an unknown recommendation", async () => {
    const doc2007 = await db.prisma.document.findFirstOrThrow({ where: { cycle: { slug: "kz-2007" } } });
    const cur = await db.prisma.stateResponse.findUniqueOrThrow({ where: { recommendationId: rec1 } });
    expect(await saveStateResponse(db.prisma, u.actor(u.editor), input({ version: String(cur.version), status: cur.status, documentId: doc2007.id }))).toEqual({
      kind: "invalid", fieldErrors: { documentId: ["Choose a document of this election cycle"] },
    });
    expect((await saveStateResponse(db.prisma, u.actor(u.editor), input({ recommendationId: "c".repeat(25) }))).kind).toBe("not-found");
  });
});

describe("state response input validation", () => {
  const ok = { recommendationId: "a".repeat(25), version: "1", status: "IMPLEMENTED" };
  it("reports every bad field at once", () => {
    const r = StateResponseInputSchema.safeParse({ recommendationId: "../etc", version: "x", status: "DONE", respondedOn: "2999-01-01", text: "<script>alert(1)</script>", sourceUrl: "javascript:alert(1)" });
    expect(r.success).toBe(false);
    const fields = new Set(r.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["recommendationId", "version", "status", "respondedOn", "text", "sourceUrl"]));
  });
  it("rejects oversized text and accepts plain text with angle brackets", () => {
    expect(StateResponseInputSchema.safeParse({ ...ok, text: "x".repeat(20_001) }).success).toBe(false);
    expect(StateResponseInputSchema.safeParse({ ...ok, text: "Turnout < 50 % and > 10 %" }).success).toBe(true);
  });
});
