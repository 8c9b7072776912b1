// audit:verify's second half: the data tables must equal a replay of the
// audit log. Every change through the app passes; a direct edit, insert or
// delete of a table (or of its versions) is reported, on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addResponse, correctResponse, withdrawResponse } from "@/lib/responses/mutations";
import { CorrectResponseSchema, NewResponseSchema } from "@/lib/responses/schema";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp, correctFollowUp } from "@/lib/follow-ups/mutations";
import { CorrectFollowUpSchema, NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { assignInstitution, createInstitution, unassignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { linkRecommendations } from "@/lib/links/mutations";
import { verifyTables } from "./verify-tables";

describe(`data tables against a replay of the audit log, on ${testEngine}`, () => {
  let db: Database;
  let rec: string;
  let followUp: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    rec = await recommendationId(db, "kz-2011", "4(a)");
    const r = await addResponse(
      db.prisma,
      ed,
      NewResponseSchema.parse({ recommendationId: rec, status: "IMPLEMENTED", date: "2013", text: "Done" }),
    );
    const rid = r.kind === "ok" ? r.value.id : "";
    await correctResponse(
      db.prisma,
      ed,
      CorrectResponseSchema.parse({
        id: rid,
        version: "1",
        status: "IMPLEMENTED",
        date: "2013-05",
        text: "Done in May",
      }),
    );
    await withdrawResponse(db.prisma, ed, { id: rid, version: 2, reason: "Wrong item" });
    await addAssessment(
      db.prisma,
      ed,
      NewAssessmentSchema.parse({
        recommendationId: rec,
        status: "NOT_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        date: "2012-04-03",
        rationale: "r",
      }),
    );
    const f = await addFollowUp(
      db.prisma,
      ed,
      NewFollowUpSchema.parse({ recommendationId: rec, date: "2012", actionTaken: "Draft law", internal: "on" }),
    );
    followUp = f.kind === "ok" ? f.value.id : "";
    await correctFollowUp(
      db.prisma,
      ed,
      CorrectFollowUpSchema.parse({
        id: followUp,
        version: "1",
        notAfter: "2012-06-30",
        actionTaken: "Draft law tabled",
        reason: "r",
      }),
    );
    const inst = await createInstitution(db.prisma, u.actor(u.admin), { name: "Mazhilis" });
    const institutionId = inst.kind === "ok" ? inst.value.id : "";
    await assignInstitution(
      db.prisma,
      ed,
      AssignmentSchema.parse({ recommendationId: rec, institutionId, date: "2012-01" }),
    );
    await unassignInstitution(db.prisma, ed, { recommendationId: rec, institutionId });
    await assignInstitution(
      db.prisma,
      ed,
      AssignmentSchema.parse({ recommendationId: rec, institutionId, date: "2012-02" }),
    );
    await linkRecommendations(db.prisma, ed, {
      fromId: rec,
      toId: await recommendationId(db, "kz-2007", "15"),
      kind: "REPEATS",
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  // Direct edits need the database owner, outside the app: exactly what the check is for.
  const tamper = (sql: string) => db.sql.exec(sql);

  it("finds every change made through the app in agreement with its history", async () => {
    const r = await verifyTables(db.prisma, 7); // batches smaller than the data
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.versions).toBeGreaterThan(40);
  });

  it("reports a direct edit of a current row, naming the field", async () => {
    const where = `recommendation_id = '${rec}' AND withdrawn_at IS NULL`;
    const [row] = await db.sql.query<{ status: string }>(`SELECT status::text FROM state_responses WHERE ${where}`);
    const other = row!.status === "IMPLEMENTED" ? "CANNOT_BE_ACCEPTED" : "IMPLEMENTED";
    await tamper(`UPDATE state_responses SET status = '${other}' WHERE ${where}`);
    const r = await verifyTables(db.prisma);
    expect(r.problems).toEqual([
      expect.objectContaining({ entityType: "StateResponse", message: expect.stringContaining("status") }),
    ]);
    await tamper(`UPDATE state_responses SET status = '${row!.status}' WHERE ${where}`);
    expect((await verifyTables(db.prisma)).ok).toBe(true);
  });

  it("reports a deleted row, an inserted row and an edited version", async () => {
    const fresh = await createTestDatabase();
    try {
      const u = await seededWithUsers(fresh);
      const r4 = await recommendationId(fresh, "kz-2011", "5");
      const f = await addFollowUp(
        fresh.prisma,
        u.actor(u.editor),
        NewFollowUpSchema.parse({ recommendationId: r4, date: "2012", actionTaken: "x" }),
      );
      useAsAppDatabase(fresh);
      expect((await verifyTables(fresh.prisma)).ok).toBe(true);
      await fresh.sql.exec(`DELETE FROM follow_ups WHERE id = '${f.kind === "ok" ? f.value.id : ""}'`);
      await fresh.sql
        .exec(`INSERT INTO assessments (id, recommendation_id, status, assessor_type, date_precision, date_to, rationale, updated_at)
        VALUES ('forgedassessment000000001', '${r4}', 'FULLY_IMPLEMENTED', 'ODIHR_MISSION', 'DAY', '2012-04-03', 'forged', now())`);
      await fresh.sql.exec(`UPDATE recommendation_versions SET text = 'Rewritten' WHERE id = '${r4}'`);
      const messages = (await verifyTables(fresh.prisma)).problems.map((p) => `${p.entityType}: ${p.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Recommendation: version 1 differs from its history in text/),
          expect.stringMatching(/^FollowUp: the row is missing/),
          expect.stringMatching(/^Assessment: 1 row\(s\) have no history/),
        ]),
      );
    } finally {
      useAsAppDatabase(db);
      await fresh.close();
    }
  });
});
