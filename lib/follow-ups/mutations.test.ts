import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addAssessment, correctAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { CorrectAssessmentSchema, NewAssessmentSchema, WithdrawSchema } from "@/lib/assessments/schema";
import { createInstitution, assignInstitution, unassignInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema } from "@/lib/institutions/schema";
import { addFollowUp, correctFollowUp, withdrawFollowUp } from "./mutations";
import { CorrectFollowUpSchema, NewFollowUpSchema } from "./schema";

describe(`assessments, follow-ups and institutions on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec: string;
  let institutionId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    u = await seededWithUsers(db);
    rec = await recommendationId(db, "kz-2011", "2(b)");
    const inst = await createInstitution(db.prisma, u.actor(u.admin), { name: "Central Election Commission" });
    if (inst.kind !== "ok") throw new Error("setup");
    institutionId = inst.value.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("keeps several assessments; corrections need a reason for a status change; withdrawal is recorded", async () => {
    const a = await addAssessment(
      db.prisma,
      u.actor(u.editor),
      NewAssessmentSchema.parse({
        recommendationId: rec,
        status: "NOT_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        date: "2012-04-03",
        rationale: "No change in law",
      }),
    );
    expect(a.kind).toBe("ok");
    const id = a.kind === "ok" ? a.value.id : "";
    const base = {
      id,
      version: "1",
      status: "PARTIALLY_IMPLEMENTED",
      assessorType: "ODIHR_MISSION",
      date: "2012-04-03",
      rationale: "No change in law",
    };
    expect((await correctAssessment(db.prisma, u.actor(u.editor), CorrectAssessmentSchema.parse(base))).kind).toBe(
      "invalid",
    );
    expect(
      (
        await correctAssessment(
          db.prisma,
          u.actor(u.editor),
          CorrectAssessmentSchema.parse({ ...base, reason: "Re-read the report" }),
        )
      ).kind,
    ).toBe("ok");
    expect(
      (
        await withdrawAssessment(
          db.prisma,
          u.actor(u.editor),
          WithdrawSchema.parse({ id, version: "2", reason: "Entered on the wrong item" }),
        )
      ).kind,
    ).toBe("ok");
    const row = await db.prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version, row.withdrawalReason]).toEqual([
      "PARTIALLY_IMPLEMENTED",
      3,
      "Entered on the wrong item",
    ]);
    expect(row.withdrawnAt).not.toBeNull();
    const actions = await db.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(actions.map((x) => x.action)).toEqual(["create", "update", "withdraw"]);
    expect(
      (
        await correctAssessment(
          db.prisma,
          u.actor(u.editor),
          CorrectAssessmentSchema.parse({ ...base, version: "3", reason: "x" }),
        )
      ).kind,
    ).toBe("invalid");
  });

  it("corrects a follow-up keeping the earlier version in the history, and withdraws it with a reason", async () => {
    const f = await addFollowUp(
      db.prisma,
      u.actor(u.editor),
      NewFollowUpSchema.parse({
        recommendationId: rec,
        date: "2011-09-09",
        actionTaken: "Round table held",
        institutionId,
      }),
    );
    expect(f.kind).toBe("ok");
    const id = f.kind === "ok" ? f.value.id : "";
    const c = await correctFollowUp(
      db.prisma,
      u.actor(u.editor2),
      CorrectFollowUpSchema.parse({
        id,
        version: "1",
        date: "2011-09-09",
        actionTaken: "Round table held in Astana",
        institutionId,
        reason: "Place added",
      }),
    );
    expect(c.kind).toBe("ok");
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "update" } });
    expect(ev.changes).toEqual({
      actionTaken: { from: "Round table held", to: "Round table held in Astana" },
      version: { from: 1, to: 2 },
    });
    // Opened before the correction: the withdrawal touches other fields, so it is applied on top of it.
    const w = await withdrawFollowUp(
      db.prisma,
      u.actor(u.editor),
      WithdrawSchema.parse({ id, version: "1", reason: "Duplicate entry" }),
    );
    expect(w.kind === "ok" && w.value.rebasedOver.map((x) => [x.field, x.by])).toEqual([["actionTaken", "Ed Second"]]);
    const row = await db.prisma.followUp.findUniqueOrThrow({ where: { id } });
    expect([row.actionTaken, row.withdrawalReason, row.version]).toEqual([
      "Round table held in Astana",
      "Duplicate entry",
      3,
    ]);
    expect(await db.prisma.followUp.count({ where: { id } })).toBe(1); // never deleted
  });

  it("refuses a target date before the action and an unknown institution, writing nothing", async () => {
    const count = await db.prisma.followUp.count();
    const bad = await addFollowUp(
      db.prisma,
      u.actor(u.editor),
      NewFollowUpSchema.parse({
        recommendationId: rec,
        date: "2011-09-09",
        actionTaken: "x",
        targetDate: "2011-01-01",
      }),
    );
    expect(bad).toEqual({
      kind: "invalid",
      fieldErrors: { targetDate: ["The target date cannot be before the date of the action"] },
    });
    const unknown = await addFollowUp(
      db.prisma,
      u.actor(u.editor),
      NewFollowUpSchema.parse({
        recommendationId: rec,
        date: "2011-09-09",
        actionTaken: "x",
        institutionId: "z".repeat(25),
      }),
    );
    expect(unknown.kind).toBe("invalid");
    expect(await db.prisma.followUp.count()).toBe(count);
  });

  it("assigns and unassigns institutions with audit events naming them", async () => {
    const assignment = AssignmentSchema.parse({ recommendationId: rec, institutionId, date: "2011-06" });
    expect((await assignInstitution(db.prisma, u.actor(u.editor), assignment)).kind).toBe("ok");
    expect((await assignInstitution(db.prisma, u.actor(u.editor), assignment)).kind).toBe("ok");
    expect(await db.prisma.recommendationInstitution.count({ where: { recommendationId: rec } })).toBe(1);
    expect(
      (await unassignInstitution(db.prisma, u.actor(u.editor), { recommendationId: rec, institutionId })).kind,
    ).toBe("ok");
    const evs = await db.prisma.auditEvent.findMany({
      where: { entityType: "RecommendationInstitution" },
      orderBy: { seq: "asc" },
      select: { action: true, changes: true },
    });
    expect(evs.map((e) => e.action)).toEqual(["assign", "unassign"]);
    expect(evs[0]!.changes).toMatchObject({
      institution: { to: "Central Election Commission" },
      datePrecision: { to: "MONTH" },
    });
    // The assignment's versions: open while assigned, closed by the unassignment.
    const versions = await db.prisma.recommendationInstitutionVersion.findMany({
      where: { id: `${rec}:${institutionId}` },
    });
    expect(versions.map((v) => [v.datePrecision, v.recordedTo !== null])).toEqual([["MONTH", true]]);
  });
});
