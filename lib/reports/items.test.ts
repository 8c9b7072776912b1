// Report items from the seeded database through the real mutations: dated
// entries as {text, precision, from, to, note}, the one current response and
// assessment, public follow-ups only, both clocks, earlier and later forms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { NOW } from "@/lib/status/moment";
import { addAssessment, withdrawAssessment } from "@/lib/assessments/mutations";
import { NewAssessmentSchema, WithdrawSchema } from "@/lib/assessments/schema";
import { addFollowUp, withdrawFollowUp } from "@/lib/follow-ups/mutations";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { assignInstitution, createInstitution } from "@/lib/institutions/mutations";
import { AssignmentSchema, NewInstitutionSchema } from "@/lib/institutions/schema";
import { linkRecommendations } from "@/lib/links/mutations";
import { LinkSchema } from "@/lib/links/schema";
import { loadItems } from "./items";

const ok = (r: { kind: string }) => expect(r.kind).toBe("ok");
const idOf = (r: { kind: string; value?: unknown }) => (r as { value: { id: string } }).value.id;

describe(`report items on ${testEngine}`, () => {
  let db: Database;
  let rec2a: string;
  let rec5: string;
  let rec13: string;
  let rec2007: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    const editor = u.actor(u.editor);
    [rec2a, rec5, rec13, rec2007] = await Promise.all([
      recommendationId(db, "kz-2011", "2(a)"),
      recommendationId(db, "kz-2011", "5"),
      recommendationId(db, "kz-2011", "13"),
      recommendationId(db, "kz-2007", "15"),
    ]);
    const a = (over: Record<string, string>) =>
      addAssessment(
        db.prisma,
        editor,
        NewAssessmentSchema.parse({
          recommendationId: rec5,
          assessorType: "ODIHR_MISSION",
          rationale: "Test rationale",
          ...over,
        }),
      );
    ok(await a({ status: "NOT_IMPLEMENTED", assessorName: "EOM 2012", date: "2012-04-03" }));
    const later = await a({ status: "FULLY_IMPLEMENTED", assessorType: "CIVIL_SOCIETY", date: "2013" });
    ok(later);
    ok(
      await withdrawAssessment(
        db.prisma,
        editor,
        WithdrawSchema.parse({ id: idOf(later), version: "1", reason: "Entered on the wrong recommendation" }),
      ),
    );

    const inst = await createInstitution(
      db.prisma,
      editor,
      NewInstitutionSchema.parse({ name: "Parliament of the Republic of Kazakhstan" }),
    );
    ok(inst);
    const fu = (over: Record<string, string>) =>
      addFollowUp(db.prisma, editor, NewFollowUpSchema.parse({ recommendationId: rec5, ...over }));
    ok(
      await fu({
        date: "2011-09",
        dateNote: "Month only, from the minutes",
        actionTaken: "Round table",
        institutionId: idOf(inst),
        nextStep: "Draft law",
      }),
    );
    ok(await fu({ date: "2011-10-01", actionTaken: "Internal note: not for publication", internal: "on" }));
    const wrong = await fu({ date: "2011-10-02", actionTaken: "Mistaken entry" });
    ok(wrong);
    ok(
      await withdrawFollowUp(
        db.prisma,
        editor,
        WithdrawSchema.parse({ id: idOf(wrong), version: "1", reason: "Duplicate" }),
      ),
    );
    ok(
      await assignInstitution(
        db.prisma,
        editor,
        AssignmentSchema.parse({ recommendationId: rec5, institutionId: idOf(inst), date: "2011-10-01" }),
      ),
    );
    ok(
      await linkRecommendations(db.prisma, editor, LinkSchema.parse({ fromId: rec13, toId: rec2007, kind: "REPEATS" })),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it("carries the verbatim text, its lead-in and source, and the seeded response dated by its bounds, with the note", async () => {
    const [item] = await loadItems(NOW, [rec2a]);
    expect(item).toMatchObject({
      label: "2(a)",
      text: "revising the way the CEC is appointed,",
      needsVerification: false,
      leadIn: expect.stringMatching(/^Guaranteeing inclusive composition/),
      source: expect.stringMatching(/^Comments of the Central Election Commission .*recommendation 2\(a\)$/),
    });
    expect(item!.response).toMatchObject({
      status: "CANNOT_BE_ACCEPTED",
      statusSentence: "This recommendation cannot be accepted.",
    });
    expect(item!.response!.date).toEqual({
      text: "between 13 July 2011 and 30 September 2011",
      precision: "RANGE",
      from: "2011-07-13",
      to: "2011-09-30",
      note: expect.stringContaining("Undated in our copy"),
    });
  });

  it("shows the latest assessment not withdrawn, public follow-ups only (dated, oldest first), and institutions", async () => {
    const [item] = await loadItems(NOW, [rec5]);
    expect(item!.assessment).toMatchObject({
      status: "NOT_IMPLEMENTED",
      assessorName: "EOM 2012",
      date: { text: "3 April 2012", precision: "DAY", from: "2012-04-03", to: "2012-04-03", note: null },
    });
    expect(item!.followUps).toEqual([
      {
        date: {
          text: "September 2011",
          precision: "MONTH",
          from: "2011-09-01",
          to: "2011-09-30",
          note: "Month only, from the minutes",
        },
        actionTaken: "Round table",
        institution: "Parliament of the Republic of Kazakhstan",
        evidence: null,
        nextStep: "Draft law",
        targetDate: null,
      },
    ]);
    expect(item!.institutions).toEqual(["Parliament of the Republic of Kazakhstan"]);
  });

  it("counts an entry on a real-world day only from the last day it could have been given", async () => {
    const at = async (on: string) => (await loadItems({ on, asOf: null }, [rec2a, rec5]))!;
    const [a1, b1] = await at("2011-06-01");
    expect([a1!.response, b1!.assessment, b1!.followUps, b1!.institutions]).toEqual([null, null, [], []]);
    // The response is "between 13 July and 30 September 2011", the follow-up "September 2011": neither counts on 15 September.
    const [a2, b2] = await at("2011-09-15");
    expect([a2!.response, b2!.followUps]).toEqual([null, []]);
    const [a3, b3] = await at("2011-09-30");
    expect(a3!.response?.status).toBe("CANNOT_BE_ACCEPTED");
    expect(b3!.followUps.map((f) => f.actionTaken)).toEqual(["Round table"]);
    expect(b3!.assessment).toBeNull();
  });

  it("gives no item for a recommendation not yet recorded on the 'As recorded on' day", async () => {
    expect(await loadItems({ on: null, asOf: "2000-01-01" }, [rec2a])).toEqual([]);
  });

  it("names earlier and later forms by year and label, never by id", async () => {
    const [later, earlier] = await Promise.all([loadItems(NOW, [rec13]), loadItems(NOW, [rec2007])]);
    expect(later[0]!.earlier).toEqual([
      { year: 2007, cycleTitle: "Parliamentary (Mazhilis) elections", label: "15", kind: "REPEATS" },
    ]);
    expect(later[0]!.later).toEqual([]);
    expect(earlier[0]!.later).toEqual([
      { year: 2011, cycleTitle: "Early presidential election", label: "13", kind: "REPEATS" },
    ]);
  });
});
