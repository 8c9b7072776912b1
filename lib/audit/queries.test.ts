import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addResponse, correctResponse } from "@/lib/responses/mutations";
import { CorrectResponseSchema, NewResponseSchema } from "@/lib/responses/schema";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { linkRecommendations } from "@/lib/links/mutations";
import { createInvite } from "@/lib/users/admin-mutations";
import { auditCsvStream } from "./csv-stream";
import { AUDIT_CSV_COLUMNS } from "./csv";
import { resolveAuditNames } from "./names";
import { auditEventBatches, auditEventBySeq, AUDIT_PAGE_SIZE, listAuditEvents } from "./queries";
import type { AuditEntry } from "./readable";
import { parseCsv } from "@/lib/test/csv";

// A cuid (the ids of every record) and an enum code: neither may reach a reader.
const CUID = /\bc[a-z0-9]{24}\b/;
const CODE =
  /\b[A-Z]{2,}_[A-Z_]+\b|\b(IMPLEMENTED|PRESIDENTIAL|PARLIAMENTARY|UNSPECIFIED|VERIFIED|REPEATS|EDITOR|VIEWER|RANGE)\b/;
const READABLE_COLUMNS = 8;

const wordsOf = (e: AuditEntry) =>
  [
    e.actorLabel,
    e.what,
    e.record,
    e.recommendation?.label,
    e.cycle?.label,
    e.cycle?.country,
    e.reason,
    ...e.lines.flatMap((l) => [l.label, l.from, l.to]),
  ]
    .filter(Boolean)
    .join(" | ");

function ok<T>(o: { kind: string; value?: T }): T {
  expect(o.kind).toBe("ok");
  return o.value!;
}

async function csvOf(batches: AsyncGenerator<AuditEntry[]>): Promise<string[][]> {
  return parseCsv((await new Response(auditCsvStream(batches)).text()).replace(/^\uFEFF/, ""));
}

describe(`the audit history in words on ${testEngine}`, () => {
  let db: Database;
  let rec3a: string;
  let responseId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const { admin, editor, actor } = await seededWithUsers(db);
    rec3a = await recommendationId(db, "kz-2011", "3(a)");
    const rec15 = await recommendationId(db, "kz-2007", "15");
    // A later answer whose day is unknown ("not after"), then corrected: only its earliest day changes.
    const base = {
      recommendationId: rec3a,
      status: "REQUIRES_FURTHER_STUDY",
      statusSentence: "Recommendation requires further study.",
    };
    responseId = ok(
      await addResponse(db.prisma, actor(editor), NewResponseSchema.parse({ ...base, notAfter: "2012-06-30" })),
    ).id;
    ok(
      await correctResponse(
        db.prisma,
        actor(editor),
        CorrectResponseSchema.parse({
          ...base,
          id: responseId,
          version: "1",
          notBefore: "2012-01-15",
          notAfter: "2012-06-30",
          reason: "The letter is dated",
        }),
      ),
    );
    const inst = ok(await createInstitution(db.prisma, actor(editor), { name: "Central Election Commission" })).id;
    ok(
      await assignInstitution(
        db.prisma,
        actor(editor),
        AssignmentSchema.parse({ recommendationId: rec3a, institutionId: inst, date: "2011-07" }),
      ),
    );
    ok(await linkRecommendations(db.prisma, actor(editor), { fromId: rec3a, toId: rec15, kind: "REPEATS" }));
    ok(await createInvite(db.prisma, actor(admin), { email: "new.editor@test.example", role: "EDITOR" }));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("names the recommendation of every event on a cycle's page, and never shows an id or a code", async () => {
    const { events } = await listAuditEvents({ cycle: "kz-2011" }, false);
    expect(events.length).toBe(AUDIT_PAGE_SIZE);
    for (const e of events) {
      expect(e.recommendation?.label ?? e.cycle?.label, `event ${e.seq}`).toMatch(/^2011 · /);
      expect(wordsOf(e), `event ${e.seq}`).not.toMatch(CUID);
      expect(wordsOf(e), `event ${e.seq}`).not.toMatch(CODE);
    }
    const recent = events.filter((e) => e.recommendation?.id === rec3a).map((e) => `${e.what} ${e.record}`);
    expect(recent).toEqual([
      "Linked Link to an earlier recommendation: 2007 · recommendation 15",
      "Assigned Responsible institution: Central Election Commission",
      "Updated State response",
      "Created State response",
    ]);
    expect(events.find((e) => e.recommendation?.id === rec3a)!.recommendation!.label).toBe(
      "2011 · recommendation 3(a)",
    );
  });

  it("filters by country and election year as by the cycle", async () => {
    const byCycle = await listAuditEvents({ cycle: "kz-2011", entityType: "StateResponse" }, false);
    const byYear = await listAuditEvents({ country: "KZ", year: 2011, entityType: "StateResponse" }, false);
    expect(byYear.events.map((e) => e.seq)).toEqual(byCycle.events.map((e) => e.seq));
    expect((await listAuditEvents({ country: "KZ", year: 1999 }, false)).events).toEqual([]);
    expect((await listAuditEvents({ country: "XX" }, false)).events).toEqual([]);
  });

  it("reads dated values as one date, a partial correction included", async () => {
    const { events } = await listAuditEvents({ entityType: "StateResponse", cycle: "kz-2011" }, false);
    const lines = (action: string) => events.find((e) => e.entityId === responseId && e.action === action)!.lines;
    expect(lines("create")).toContainEqual({ field: "date", label: "Date", to: "not after 30 June 2012" });
    expect(lines("update")).toEqual([
      { field: "date", label: "Date", from: "not after 30 June 2012", to: "between 15 January 2012 and 30 June 2012" },
    ]);
    const seeded = events.filter((e) => e.actorLabel === "System (seed data)");
    expect(seeded.length).toBeGreaterThan(0);
    for (const e of seeded)
      expect(e.lines).toContainEqual({
        field: "date",
        label: "Date",
        to: "between 13 July 2011 and 30 September 2011",
      });
    const assigned = await listAuditEvents({ action: "assign" }, false);
    expect(assigned.events[0]!.lines).toContainEqual({ field: "date", label: "Date", to: "July 2011" });
  });

  it("keeps account events for administrators", async () => {
    const editors = await listAuditEvents({}, false);
    expect(editors.events.some((e) => e.entityType === "User" || e.entityType === "Invite")).toBe(false);
    expect((await listAuditEvents({ entityType: "Invite" }, false)).events).toEqual([]);
    const invites = (await listAuditEvents({ entityType: "Invite" }, true)).events;
    expect(invites.map((e) => e.record)).toEqual(["Invitation: new.editor@test.example"]);
    expect(invites[0]!.lines.map((l) => l.to)).toContain("Editor");
    // One event's own page: the same words, and the same rule.
    expect(await auditEventBySeq(invites[0]!.seq, false)).toBeNull();
    expect((await auditEventBySeq(invites[0]!.seq, true))?.record).toBe("Invitation: new.editor@test.example");
    expect((await auditEventBySeq(1, false))?.record).toBe("Country: Kazakhstan");
    expect(await auditEventBySeq(999_999, true)).toBeNull();
  });

  it("exports readable columns with the recommendation named and ids only in the machines' columns", async () => {
    const rows = await csvOf(auditEventBatches({}, true, 40));
    expect(rows[0]).toEqual(AUDIT_CSV_COLUMNS);
    const total = await db.prisma.auditEvent.count();
    expect(rows.length - 1).toBe(total);
    const col = (name: string) => AUDIT_CSV_COLUMNS.indexOf(name);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(AUDIT_CSV_COLUMNS.length);
      const words = r.slice(0, READABLE_COLUMNS).join(" | ");
      expect(words, `event ${r[col("event_seq")]}`).not.toMatch(CUID);
      expect(words, `event ${r[col("event_seq")]}`).not.toMatch(CODE);
    }
    const corrected = rows.find((r) => r[col("entity_id")] === responseId && r[col("action")] === "update")!;
    expect(corrected.slice(0, READABLE_COLUMNS).slice(2)).toEqual([
      "Updated",
      "State response",
      "2011 · 3(a)",
      "Kazakhstan, 2011 · Early presidential election",
      "Date: not after 30 June 2012 → between 15 January 2012 and 30 June 2012",
      "The letter is dated",
    ]);
    expect(corrected[col("recommendation_id")]).toBe(rec3a);
    expect(corrected[col("cycle_id")]).toMatch(CUID);
    // Oldest first, every event once.
    const seqs = rows.slice(1).map((r) => Number(r[col("event_seq")]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(total);
  });

  it("looks the names up once per kind of record for a whole batch, not per event", async () => {
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { seq: "asc" }, take: 200 });
    let queries = 0;
    const counting = new Proxy(db.prisma, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== "object" || value === null || !("findMany" in value)) return value;
        return new Proxy(value, {
          get(model, method, r) {
            const fn = Reflect.get(model, method, r) as unknown;
            if (method !== "findMany" || typeof fn !== "function") return fn;
            return (...args: unknown[]) => (queries++, fn.apply(model, args));
          },
        });
      },
    }) as PrismaClient;
    const names = await resolveAuditNames(counting, rows);
    expect(names.recommendations.size).toBeGreaterThan(20);
    expect(queries).toBeLessThanOrEqual(13);
  });
});
