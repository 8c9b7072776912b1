// Any document of the country can be cited: the 2012 final report assesses a 2011 recommendation; a document of
// another country, or an unknown one, is refused with a clear message on the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { addAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { addFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { createCountry } from "@/lib/countries/mutations";
import { createDocument } from "@/lib/documents/mutations";
import { createCycle } from "./mutations";

describe(`citing documents across cycles on ${testEngine}`, () => {
  let db: Database;
  let u: Awaited<ReturnType<typeof seededWithUsers>>;
  let rec2011: string;
  let report2012: string;
  let foreignDoc: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    u = await seededWithUsers(db);
    const ed = u.actor(u.editor);
    rec2011 = await recommendationId(db, "kz-2011", "3(a)");
    const kz2012 = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2012" } });
    const d = await createDocument(db.prisma, ed, {
      cycleId: kz2012.id,
      type: "FINAL_REPORT",
      title: "OSCE/ODIHR Election Observation Mission Final Report",
      issuer: "OSCE/ODIHR",
      issuedOn: new Date("2012-04-03T00:00:00Z"),
      place: "Warsaw",
    });
    report2012 = d.kind === "ok" ? d.value.id : "";
    await createCountry(db.prisma, ed, { code: "KG", name: "Kyrgyzstan" });
    const kg = await db.prisma.country.findUniqueOrThrow({ where: { code: "KG" } });
    const c = await createCycle(db.prisma, ed, {
      countryId: kg.id,
      electionType: "PRESIDENTIAL",
      electionDate: new Date("2011-10-30T00:00:00Z"),
      isEarly: false,
      title: "Presidential election",
    });
    const fd = await createDocument(db.prisma, ed, {
      cycleId: c.kind === "ok" ? c.value.id : "",
      type: "FINAL_REPORT",
      title: "Final report",
      issuer: "OSCE/ODIHR",
    });
    foreignDoc = fd.kind === "ok" ? fd.value.id : "";
  });
  afterAll(async () => {
    await db?.close();
  });

  const assess = (documentId: string) =>
    addAssessment(
      db.prisma,
      u.actor(u.editor),
      NewAssessmentSchema.parse({
        recommendationId: rec2011,
        status: "NOT_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        rationale: "No clear criteria for the language test were established.",
        date: "2012-04-03",
        documentId,
        location: "Recommendations, A",
      }),
    );

  it("assesses a 2011 recommendation citing the 2012 final report", async () => {
    expect(report2012).not.toBe("");
    const r = await assess(report2012);
    expect(r.kind).toBe("ok");
    const a = await db.prisma.assessment.findFirstOrThrow({ where: { recommendationId: rec2011 } });
    expect(a.documentId).toBe(report2012);
  });

  it("refuses a document of another country and an unknown document, writing nothing", async () => {
    const before = await db.prisma.auditEvent.count();
    expect(await assess(foreignDoc)).toEqual({
      kind: "invalid",
      fieldErrors: { documentId: ["Choose a document of this country's election cycles"] },
    });
    expect(await assess("z".repeat(25))).toEqual({
      kind: "invalid",
      fieldErrors: { documentId: ["This document is not in the tracker (any more)"] },
    });
    const f = await addFollowUp(
      db.prisma,
      u.actor(u.editor),
      NewFollowUpSchema.parse({
        recommendationId: rec2011,
        date: "2012-05",
        actionTaken: "Draft amendments discussed.",
        evidenceDocumentId: foreignDoc,
      }),
    );
    expect(f.kind === "invalid" && f.fieldErrors.evidenceDocumentId).toEqual([
      "Choose a document of this country's election cycles",
    ]);
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });
});
