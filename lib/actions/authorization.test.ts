// The authorization matrix: every mutation × {anonymous, viewer, contributor, editor,
// admin, deactivated user}, through the same `execute` path the server actions
// use, asserting both the answer and that nothing was written when refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { makeContributor, recommendationId, seededWithUsers } from "@/lib/test/fixtures";
import { findActiveUser } from "@/lib/users/queries";
import { setActive } from "@/lib/users/admin-mutations";
import { addResponseAction, correctResponseAction, withdrawResponseAction } from "@/lib/responses/actions";
import { addAssessmentAction, correctAssessmentAction, withdrawAssessmentAction } from "@/lib/assessments/actions";
import { addFollowUpAction, correctFollowUpAction, withdrawFollowUpAction } from "@/lib/follow-ups/actions";
import {
  assignInstitutionAction,
  createInstitutionAction,
  editInstitutionAction,
  unassignInstitutionAction,
} from "@/lib/institutions/actions";
import { bulkAssignThemeAction, createThemeAction, editThemeAction, setThemesAction } from "@/lib/themes/actions";
import {
  changePasswordAction,
  changeRoleAction,
  createInviteAction,
  createUserAction,
  issuePasswordResetAction,
  revokeInviteAction,
  setActiveAction,
  voidPasswordResetAction,
} from "@/lib/users/actions";
import { createInvite } from "@/lib/users/admin-mutations";
import { issuePasswordReset } from "@/lib/users/password-resets";
import { importSheetAction } from "@/lib/sheet-import/actions";
import { csvRecords, generate } from "@/lib/reports/export-test-kit";
import { reportHeader } from "@/lib/reports/model";
import { parseReportOptions } from "@/lib/reports/schema";
import { computeFingerprint } from "@/lib/reports/export-run";
import { createCountryAction, createCycleAction, editCountryAction, editCycleAction } from "@/lib/cycles/actions";
import { createDocumentAction, editDocumentAction } from "@/lib/documents/actions";
import {
  addRecommendationAction,
  editRecommendationAction,
  importRecommendationsAction,
} from "@/lib/recommendations/actions";
import { linkRecommendationsAction, unlinkRecommendationsAction } from "@/lib/links/actions";
import { setOwnerAction } from "@/lib/owners/actions";
import {
  addTranslationAction,
  correctTranslationAction,
  removeTranslationAction,
  setOriginalLanguageAction,
} from "@/lib/translations/actions";
import { bulkAssignInstitutionAction, bulkAssignOwnerAction, bulkSetTargetDateAction } from "@/lib/bulk/actions";
import { issueApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { commitReportImportAction, revertReportImportAction } from "@/lib/report-import/actions";
import { commitReportImport } from "@/lib/report-import/mutations";
import { CommitImportSchema } from "@/lib/report-import/schema";
import { addCommentAction, editCommentAction } from "@/lib/comments/actions";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  saveNotificationPreferencesAction,
} from "@/lib/notifications/actions";
import { deleteViewAction, renameViewAction, saveViewAction } from "@/lib/saved-views/actions";
import { removeEvidenceAction } from "@/lib/evidence/actions";
import { attachEvidence } from "@/lib/evidence/mutations";
import {
  createDraftAction,
  createProgressDraftAction,
  editDraftAction,
  editProgressDraftAction,
  publishProgressDraftAction,
  returnProgressDraftAction,
  submitProgressDraftAction,
  publishDraftAction,
  returnDraftAction,
  submitDraftAction,
} from "@/lib/review/actions";
import { createDraft, submitDraft } from "@/lib/review/mutations";
import { NewDraftSchema, NewProgressDraftSchema } from "@/lib/review/schema";
import { createProgressDraft, submitProgressDraft } from "@/lib/review/progress-mutations";
import { execute, type Command } from "./command";

type Role = "anonymous" | "viewer" | "contributor" | "editor" | "admin" | "deactivated";
const ROLES: Role[] = ["anonymous", "viewer", "contributor", "editor", "admin", "deactivated"];
// "self": any signed-in, active person, on their own notifications (not audited: not tracked data).
// "signed-in": any signed-in, active person, on their own account (audited).
// "contribute": contributors of an institution responsible for the recommendation; "review": editors and admins.
// "discuss": editors, admins, and contributors of an institution responsible for the recommendation.
type Level = "edit" | "admin" | "self" | "signed-in" | "contribute" | "review" | "discuss";
type Case = [Command<never, unknown>, Level, (role: Role) => Promise<Record<string, string>>];
const WHO: Record<Level, string> = {
  edit: "editors and admins",
  admin: "admins",
  self: "any signed-in, active person",
  "signed-in": "any signed-in, active person",
  contribute: "contributors of a responsible institution",
  review: "editors and admins (reviewers)",
  discuss: "editors, admins and contributors of a responsible institution",
};
// "self" and "signed-in": the "viewer" account is also the one the role and activation cases toggle: whoever
// it is now, signed in and active is enough.
const allows = (level: Level, role: Role, signedIn: boolean) =>
  level === "self" || level === "signed-in"
    ? signedIn
    : level === "contribute"
      ? role === "contributor"
      : role === "admin" ||
        (role === "editor" && (level === "edit" || level === "review" || level === "discuss")) ||
        (role === "contributor" && level === "discuss");

describe(`authorization of every mutation on ${testEngine}`, () => {
  let db: Database;
  let ids: Record<string, string> = {};
  let userIds: Record<Exclude<Role, "anonymous">, string>;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    // The contributor's institution is responsible for `rec` (not the one the assign/unassign cases toggle).
    const cec = await db.prisma.institution.create({ data: { name: "Central Election Commission" } });
    const contributor = await makeContributor(db, cec.id, "Cora Contributor");
    userIds = {
      viewer: u.viewer.id,
      contributor: contributor.id,
      editor: u.editor.id,
      admin: u.admin.id,
      deactivated: u.editor2.id,
    };
    await setActive(db.prisma, u.actor(u.admin), { userId: u.editor2.id, active: false, reason: "left" });
    const rec = await recommendationId(db, "kz-2011", "3(a)");
    await db.prisma.recommendationInstitution.create({
      data: {
        recommendationId: rec,
        institutionId: cec.id,
        datePrecision: "YEAR",
        dateFrom: new Date("2011-01-01"),
        dateTo: new Date("2011-12-31"),
      },
    });
    const inst = await db.prisma.institution.create({ data: { name: "Test ministry" } });
    const theme = await db.prisma.theme.create({ data: { name: "Matrix theme" } });
    const a = await db.prisma.assessment.create({
      data: {
        recommendationId: rec,
        status: "NOT_IMPLEMENTED",
        assessorType: "CIVIL_SOCIETY",
        datePrecision: "DAY" as const,
        dateFrom: new Date("2012-01-01"),
        dateTo: new Date("2012-01-01"),
        rationale: "r",
      },
    });
    const f = await db.prisma.followUp.create({
      data: {
        recommendationId: rec,
        datePrecision: "DAY",
        dateFrom: new Date("2011-10-01"),
        dateTo: new Date("2011-10-01"),
        actionTaken: "t",
      },
    });
    const cycle = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2011" } });
    const doc = await db.prisma.document.findFirstOrThrow({ where: { cycleId: cycle.id } });
    const cycle2005 = await db.prisma.electionCycle.findUniqueOrThrow({ where: { slug: "kz-2005" } });
    const old = await recommendationId(db, "kz-2007", "15");
    ids = {
      old,
      cycle2005: cycle2005.id,
      rec,
      inst: inst.id,
      theme: theme.id,
      assessment: a.id,
      followUp: f.id,
      cycle: cycle.id,
      doc: doc.id,
      target: u.viewer.id,
    };
  });
  afterAll(async () => {
    await db?.close();
  });

  const version = async (
    table: "assessment" | "followUp" | "institution" | "electionCycle" | "document" | "theme",
    id: string,
  ) =>
    String(
      (
        await (
          db.prisma[table] as unknown as { findUniqueOrThrow: (a: unknown) => Promise<{ version: number }> }
        ).findUniqueOrThrow({ where: { id } })
      ).version,
    );
  const seededResponse = () =>
    db.prisma.stateResponse.findFirstOrThrow({ where: { recommendationId: ids.rec }, orderBy: { entryNo: "asc" } });

  const target = () =>
    db.prisma.user.findUniqueOrThrow({ where: { id: ids.target! }, select: { role: true, active: true } });
  // A report-text import of one new item into 2005 (free labels from 200 on).
  const importForm = () => ({
    cycleId: ids.cycle2005!,
    items: JSON.stringify([
      { label: String(200 + ++n), section: null, topic: null, leadIn: null, text: `Imported ${n}`, response: null },
    ]),
  });
  // The 2011 export with a new follow-up on item 1, and the key of its dry run (apply writes only that plan).
  const sheetForm = async () => {
    const options = parseReportOptions({}).options;
    const header = (await reportHeader("kz-2011", options))!;
    const meta = {
      generatedAt: new Date(),
      fingerprint: await computeFingerprint(header, options),
      origin: "https://t",
    };
    const { head, records } = csvRecords(await generate("csv", header, options, meta));
    for (const r of records)
      if (r.Recommendation === "1")
        Object.assign(r, { "New follow-up": `Matrix ${++n}`, "New follow-up date": "2012-03" });
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const lines = [head, ...records.map((r) => head.map((h) => r[h] ?? ""))].map((c) => c.map(quote).join(","));
    const form = {
      cycleId: ids.cycle!,
      fileName: "kz-2011.csv",
      content: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8").toString("base64"),
    };
    const check = new FormData();
    for (const [k, v] of Object.entries(form)) check.set(k, v);
    const { state } = await execute(importSheetAction.command, await findActiveUser(userIds.admin), check);
    if (state.status !== "ok") throw new Error(`dry run for the matrix failed: ${JSON.stringify(state)}`);
    return { ...form, intent: "apply", planKey: (JSON.parse(state.data!.plan!) as { key: string }).key };
  };
  // A contributor's draft on `rec`, made through the real mutation; submitted for review when asked.
  const draft = async (submitted: boolean) => {
    const contributor = { id: userIds.contributor, label: "Cora Contributor" };
    const made = await createDraft(
      db.prisma,
      contributor,
      NewDraftSchema.parse({ recommendationId: ids.rec!, date: "2012-01", actionTaken: `d${++n}` }),
    );
    if (made.kind !== "ok") throw new Error(`draft for the matrix failed: ${JSON.stringify(made)}`);
    if (!submitted) return { id: made.value.id, version: "1" };
    const sent = await submitDraft(db.prisma, contributor, { id: made.value.id, version: 1 });
    if (sent.kind !== "ok") throw new Error(`submission for the matrix failed: ${JSON.stringify(sent)}`);
    return { id: made.value.id, version: String(sent.value.version) };
  };
  // The same for a progress update (a state response in review).
  const progress = async (submitted: boolean) => {
    const contributor = { id: userIds.contributor, label: "Cora Contributor" };
    const made = await createProgressDraft(
      db.prisma,
      contributor,
      NewProgressDraftSchema.parse({
        recommendationId: ids.rec!,
        date: "2012-01",
        status: "IMPLEMENTED",
        text: `p${++n}`,
      }),
    );
    if (made.kind !== "ok") throw new Error(`progress update for the matrix failed: ${JSON.stringify(made)}`);
    if (!submitted) return { id: made.value.id, version: "1" };
    const sent = await submitProgressDraft(db.prisma, contributor, { id: made.value.id, version: 1 });
    if (sent.kind !== "ok") throw new Error(`submission for the matrix failed: ${JSON.stringify(sent)}`);
    return { id: made.value.id, version: String(sent.value.version) };
  };
  // Each factory builds a valid form for the current state of the data (and the role about to try it).
  const cases: Case[] = [
    // Each signed-in user changes their own password (the seeded one), once: first,
    // while the viewer is still a viewer (the changeRole and setActive cases below change that user).
    [
      changePasswordAction.command as never,
      "signed-in",
      async () => ({
        current: "test-password-123",
        password: `Lantern-Ostrich-${++n}`,
        confirm: `Lantern-Ostrich-${n}`,
      }),
    ],
    [
      createDraftAction.command as never,
      "contribute",
      async () => ({ recommendationId: ids.rec!, date: "2012-01", actionTaken: `c${++n}` }),
    ],
    [
      editDraftAction.command as never,
      "contribute",
      async () => ({ ...(await draft(false)), date: "2012-02", actionTaken: `e${++n}` }),
    ],
    [submitDraftAction.command as never, "contribute", async () => draft(false)],
    [
      returnDraftAction.command as never,
      "review",
      async () => ({ ...(await draft(true)), comment: "Please cite the letter." }),
    ],
    [publishDraftAction.command as never, "review", async () => draft(true)],
    [
      createProgressDraftAction.command as never,
      "contribute",
      async () => ({ recommendationId: ids.rec!, date: "2012-01", status: "ACCEPTED_IN_PART", text: `c${++n}` }),
    ],
    [
      editProgressDraftAction.command as never,
      "contribute",
      async () => ({ ...(await progress(false)), date: "2012-02", status: "IMPLEMENTED", text: `e${++n}` }),
    ],
    [submitProgressDraftAction.command as never, "contribute", async () => progress(false)],
    [
      returnProgressDraftAction.command as never,
      "review",
      async () => ({ ...(await progress(true)), comment: "Please cite the letter." }),
    ],
    [publishProgressDraftAction.command as never, "review", async () => progress(true)],
    [
      addResponseAction.command as never,
      "edit",
      async () => ({ recommendationId: ids.rec!, status: "REQUIRES_FURTHER_STUDY", text: `t${++n}`, date: "2013-02" }),
    ],
    [
      correctResponseAction.command as never,
      "edit",
      async () => {
        const r = await seededResponse();
        return {
          id: r.id,
          version: String(r.version),
          status: r.status,
          text: `t${++n}`,
          notBefore: "2011-07-13",
          notAfter: "2011-09-30",
        };
      },
    ],
    [
      withdrawResponseAction.command as never,
      "edit",
      async () => {
        const r = await db.prisma.stateResponse.create({
          data: {
            recommendationId: ids.rec!,
            status: "IMPLEMENTED",
            datePrecision: "YEAR",
            dateFrom: new Date("2014-01-01"),
            dateTo: new Date("2014-12-31"),
          },
        });
        return { id: r.id, version: "1", reason: "matrix" };
      },
    ],
    [
      addAssessmentAction.command as never,
      "edit",
      async () => ({
        recommendationId: ids.rec!,
        status: "NOT_IMPLEMENTED",
        assessorType: "ODIHR_MISSION",
        date: "2012-04-03",
        rationale: `r${++n}`,
      }),
    ],
    [
      correctAssessmentAction.command as never,
      "edit",
      async () => ({
        id: ids.assessment!,
        version: await version("assessment", ids.assessment!),
        status: "NOT_IMPLEMENTED",
        assessorType: "CIVIL_SOCIETY",
        date: "2012-01-01",
        rationale: `r${++n}`,
      }),
    ],
    [
      withdrawAssessmentAction.command as never,
      "edit",
      async () => {
        const a = await db.prisma.assessment.create({
          data: {
            recommendationId: ids.rec!,
            status: "NOT_IMPLEMENTED",
            assessorType: "CIVIL_SOCIETY",
            datePrecision: "DAY" as const,
            dateFrom: new Date("2012-01-01"),
            dateTo: new Date("2012-01-01"),
            rationale: `w${++n}`,
          },
        });
        return { id: a.id, version: "1", reason: "matrix" };
      },
    ],
    [
      withdrawFollowUpAction.command as never,
      "edit",
      async () => {
        const f = await db.prisma.followUp.create({
          data: {
            recommendationId: ids.rec!,
            datePrecision: "DAY",
            dateFrom: new Date("2011-10-01"),
            dateTo: new Date("2011-10-01"),
            actionTaken: `w${++n}`,
          },
        });
        return { id: f.id, version: "1", reason: "matrix" };
      },
    ],
    [
      addFollowUpAction.command as never,
      "edit",
      async () => ({ recommendationId: ids.rec!, date: "2011-10-01", actionTaken: `a${++n}` }),
    ],
    [
      correctFollowUpAction.command as never,
      "edit",
      async () => ({
        id: ids.followUp!,
        version: await version("followUp", ids.followUp!),
        date: "2011-10-01",
        actionTaken: `a${++n}`,
        reason: "fix",
      }),
    ],
    [
      assignInstitutionAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationInstitution.deleteMany({
          where: { recommendationId: ids.rec!, institutionId: ids.inst! },
        });
        return { recommendationId: ids.rec!, institutionId: ids.inst!, date: "2011-06" };
      },
    ],
    [
      unassignInstitutionAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationInstitution.upsert({
          where: { recommendationId_institutionId: { recommendationId: ids.rec!, institutionId: ids.inst! } },
          create: {
            recommendationId: ids.rec!,
            institutionId: ids.inst!,
            datePrecision: "YEAR",
            dateFrom: new Date("2011-01-01"),
            dateTo: new Date("2011-12-31"),
          },
          update: {},
        });
        return { recommendationId: ids.rec!, institutionId: ids.inst! };
      },
    ],
    [
      addRecommendationAction.command as never,
      "edit",
      async () => ({
        cycleId: ids.cycle2005!,
        label: String(100 + ++n),
        priority: "UNSPECIFIED",
        text: `Text ${n}`,
        textVerification: "NEEDS_VERIFICATION",
        provenance: "Test",
      }),
    ],
    [
      editRecommendationAction.command as never,
      "edit",
      async () => {
        const r = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: ids.rec! } });
        return {
          id: r.id,
          version: String(r.version),
          label: r.label,
          sectionId: r.sectionId ?? "",
          priority: r.priority,
          text: `${r.text.split(" [")[0]} [${++n}]`,
          textVerification: r.textVerification,
          provenance: r.provenance ?? "p",
          reason: "matrix",
        };
      },
    ],
    [
      importRecommendationsAction.command as never,
      "edit",
      async () => ({
        cycleId: ids.cycle2005!,
        csv: `label,section,priority,lead_in,text,text_verified,provenance,source_location,source_url\n${500 + ++n},,,,Imported ${n},no,Test,,\n`,
      }),
    ],
    [
      setOwnerAction.command as never,
      "edit",
      // Each allowed call changes the owner (between the editor and the admin), so each is audited.
      async () => {
        const r = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: ids.rec! } });
        const ownerId = r.ownerId === userIds.editor ? userIds.admin : userIds.editor;
        return { id: r.id, version: String(r.version), ownerId };
      },
    ],
    [
      linkRecommendationsAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationLink.deleteMany({ where: { fromId: ids.rec!, toId: ids.old! } });
        return { fromId: ids.rec!, toId: ids.old!, kind: "REPEATS" };
      },
    ],
    [
      unlinkRecommendationsAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationLink.upsert({
          where: { fromId_toId: { fromId: ids.rec!, toId: ids.old! } },
          create: { fromId: ids.rec!, toId: ids.old!, kind: "REPEATS" },
          update: {},
        });
        return { fromId: ids.rec!, toId: ids.old! };
      },
    ],
    [
      addTranslationAction.command as never,
      "edit",
      async () => {
        await db.prisma.contentTranslation.deleteMany({ where: { subjectId: ids.rec!, language: "RU" } });
        return {
          subject: "RECOMMENDATION_TEXT",
          subjectId: ids.rec!,
          language: "RU",
          kind: "WORKING",
          text: `Перевод ${++n}`,
          translator: "Matrix",
        };
      },
    ],
    ...[correctTranslationAction, removeTranslationAction].map((a): Case => [
      a.command as never,
      "edit",
      async (): Promise<Record<string, string>> => {
        const key = { subject: "RECOMMENDATION_TEXT" as const, subjectId: ids.rec!, language: "KK" as const };
        const t = await db.prisma.contentTranslation.upsert({
          where: { subject_subjectId_language: key },
          create: { ...key, kind: "WORKING", text: "Аударма", translator: "Matrix" },
          update: {},
        });
        return a === removeTranslationAction
          ? { id: t.id, reason: "matrix" }
          : { id: t.id, version: String(t.version), kind: "WORKING", text: `Аударма ${++n}`, translator: "Matrix" };
      },
    ]),
    [
      setOriginalLanguageAction.command as never,
      "edit",
      async () => {
        // A document's title, between Russian and Kazakh, so that every allowed call changes something.
        await db.prisma.contentTranslation.deleteMany({ where: { subjectId: ids.doc! } });
        const d = await db.prisma.document.findUniqueOrThrow({ where: { id: ids.doc! } });
        return { subject: "DOCUMENT_TITLE", subjectId: ids.doc!, language: d.titleLanguage === "RU" ? "KK" : "RU" };
      },
    ],
    [createInstitutionAction.command as never, "admin", async () => ({ name: `Institution ${++n}` })],
    [createThemeAction.command as never, "admin", async () => ({ name: `Theme ${++n}` })],
    [
      editThemeAction.command as never,
      "admin",
      async () => ({
        id: ids.theme!,
        version: await version("theme", ids.theme!),
        name: `Matrix theme ${++n}`,
        active: "on",
      }),
    ],
    [
      setThemesAction.command as never,
      "edit",
      async () => {
        // Toggles the matrix theme, so that every allowed call changes something.
        const had = await db.prisma.recommendationTheme.count({ where: { recommendationId: ids.rec! } });
        return { recommendationId: ids.rec!, themeIds: had ? "" : ids.theme! };
      },
    ],
    [
      bulkAssignThemeAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationTheme.deleteMany({ where: { recommendationId: ids.old! } });
        return { recommendationIds: ids.old!, themeId: ids.theme! };
      },
    ],
    [
      bulkAssignOwnerAction.command as never,
      "edit",
      // Each allowed call changes the owner (between the editor and the admin), so each is audited.
      async () => {
        const r = await db.prisma.recommendation.findUniqueOrThrow({ where: { id: ids.old! } });
        return { recommendationIds: r.id, ownerId: r.ownerId === userIds.editor ? userIds.admin : userIds.editor };
      },
    ],
    [
      bulkAssignInstitutionAction.command as never,
      "edit",
      async () => {
        await db.prisma.recommendationInstitution.deleteMany({
          where: { recommendationId: ids.old!, institutionId: ids.inst! },
        });
        return { recommendationIds: ids.old!, institutionId: ids.inst!, date: "2011-06" };
      },
    ],
    [
      bulkSetTargetDateAction.command as never,
      "edit",
      // A new target date each call (an unchanged one would be skipped, with nothing to audit).
      async () => ({
        recommendationIds: ids.old!,
        date: "2020-01-01",
        targetDate: `2021-01-${String((++n % 28) + 1).padStart(2, "0")}`,
        nextStep: "Adopt the law",
      }),
    ],
    [
      editInstitutionAction.command as never,
      "admin",
      async () => ({
        id: ids.inst!,
        version: await version("institution", ids.inst!),
        name: "Test ministry",
        description: `d${++n}`,
        active: "on",
      }),
    ],
    [
      createUserAction.command as never,
      "admin",
      async () => ({ email: `new${++n}@test.example`, name: "New", role: "VIEWER", password: "a-good-password-1" }),
    ],
    [
      changeRoleAction.command as never,
      "admin",
      async () => ({ userId: ids.target!, role: (await target()).role === "VIEWER" ? "EDITOR" : "VIEWER" }),
    ],
    [
      setActiveAction.command as never,
      "admin",
      async () => ({ userId: ids.target!, active: String(!(await target()).active), reason: "matrix" }),
    ],
    [
      createInviteAction.command as never,
      "admin",
      async () => ({ email: `invitee${++n}@test.example`, role: "EDITOR" }),
    ],
    [
      revokeInviteAction.command as never,
      "admin",
      async () => {
        const made = await createInvite(
          db.prisma,
          { id: userIds.admin, label: "Admin" },
          { email: `revocable${++n}@test.example`, role: "VIEWER" },
        );
        if (made.kind !== "ok") throw new Error(`invitation for the matrix failed: ${JSON.stringify(made)}`);
        return { id: made.value.id };
      },
    ],
    // For the editor: never deactivated by the matrix (the viewer is, by setActive).
    [issuePasswordResetAction.command as never, "admin", async () => ({ userId: userIds.editor })],
    [
      voidPasswordResetAction.command as never,
      "admin",
      async () => {
        const made = await issuePasswordReset(
          db.prisma,
          { id: userIds.admin, label: "Admin" },
          { userId: userIds.editor },
        );
        if (made.kind !== "ok") throw new Error(`reset link for the matrix failed: ${JSON.stringify(made)}`);
        const row = await db.prisma.passwordReset.findFirstOrThrow({
          where: { userId: userIds.editor, usedAt: null, voidedAt: null },
        });
        return { id: row.id };
      },
    ],
    [issueApiTokenAction.command as never, "admin", async () => ({ name: `Token ${++n}` })],
    [
      revokeApiTokenAction.command as never,
      "admin",
      async () => ({
        id: (await db.prisma.apiToken.create({ data: { name: `t${++n}`, tokenHash: `h${n}` } })).id,
      }),
    ],
    [
      editCycleAction.command as never,
      "edit",
      async () => ({
        id: ids.cycle!,
        version: await version("electionCycle", ids.cycle!),
        title: "Early presidential election",
        electionDate: "2011-04-03",
        isEarly: "on",
        notes: `n${++n}`,
      }),
    ],
    [
      editDocumentAction.command as never,
      "edit",
      async () => ({
        id: ids.doc!,
        version: await version("document", ids.doc!),
        type: "GOVERNMENT_COMMENTS",
        title: `Title ${++n}`,
        issuer: "CEC",
      }),
    ],
    [
      createCountryAction.command as never,
      "edit",
      async () => ({ code: `X${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[++n % 26]}`, name: `Country ${n}` }),
    ],
    [
      editCountryAction.command as never,
      "edit",
      async () => {
        const c = await db.prisma.country.findUniqueOrThrow({ where: { code: "KZ" } });
        return { id: c.id, version: String(c.version), code: "KZ", name: `Kazakhstan ${++n}` };
      },
    ],
    [
      createCycleAction.command as never,
      "edit",
      async () => ({
        countryId: (await db.prisma.country.findUniqueOrThrow({ where: { code: "KZ" } })).id,
        electionType: "LOCAL",
        electionDate: `${1991 + (++n % 30)}-03-01`,
        title: `Local elections ${n}`,
      }),
    ],
    [
      createDocumentAction.command as never,
      "edit",
      async () => ({ cycleId: ids.cycle!, type: "OTHER", title: `Letter ${++n}`, issuer: "CEC" }),
    ],
    [commitReportImportAction.command as never, "edit", async () => importForm()],
    [importSheetAction.command as never, "edit", sheetForm],
    [
      revertReportImportAction.command as never,
      "edit",
      async () => {
        const done = await commitReportImport(
          db.prisma,
          { id: userIds.admin, label: "Admin" },
          CommitImportSchema.parse(importForm()),
        );
        if (done.kind !== "ok") throw new Error(`import for the matrix failed: ${JSON.stringify(done)}`);
        return { id: done.value.id! };
      },
    ],
    [
      addCommentAction.command as never,
      "discuss",
      async () => ({ recommendationId: ids.rec!, body: `Comment ${++n} for @[Ada Admin]` }),
    ],
    [
      editCommentAction.command as never,
      "discuss",
      // The role's own fresh comment (only its author may change it).
      async (role) => {
        const author = role === "anonymous" ? userIds.editor : userIds[role];
        const c = await db.prisma.comment.create({
          data: { recommendationId: ids.rec!, authorId: author, body: "c" },
        });
        return { id: c.id, body: `Changed ${++n}` };
      },
    ],
    [
      markNotificationReadAction.command as never,
      "self",
      async (role) => {
        const owner = role === "anonymous" ? userIds.editor : userIds[role];
        const note = await db.prisma.notification.create({
          data: { userId: owner, kind: "MENTION", text: `n${++n}` },
        });
        return { id: note.id };
      },
    ],
    [markAllNotificationsReadAction.command as never, "self", async () => ({})],
    [
      saveNotificationPreferencesAction.command as never,
      "self",
      async () => ({
        MENTION: "DIGEST",
        ASSIGNMENT: "IMMEDIATE",
        RETURNED_DRAFT: "NONE",
        PUBLISHED_DRAFT: "NONE",
        DEADLINE_APPROACHING: "DIGEST",
        DEADLINE_PASSED: "DIGEST",
      }),
    ],
    [
      saveViewAction.command as never,
      "self",
      async () => ({ name: `View ${++n}`, page: "SEARCH", query: "q=media&status=IMPLEMENTED" }),
    ],
    ...[renameViewAction, deleteViewAction].map((a): Case => [
      a.command as never,
      "self",
      // The role's own view (another's is "not found": tested in lib/saved-views).
      async (role) => {
        const owner = role === "anonymous" ? userIds.editor : userIds[role];
        const v = await db.prisma.savedView.create({
          data: { userId: owner, name: `v${++n}`, nameKey: `v${n}`, page: "SEARCH", params: { q: "x" } },
        });
        return { id: v.id, name: `Renamed ${n}` };
      },
    ]),
    [
      removeEvidenceAction.command as never,
      "edit",
      async () => {
        const admin = (await findActiveUser(userIds.admin))!;
        const bytes = new TextEncoder().encode(`%PDF-1.4\n% matrix ${++n}\n%%EOF\n`);
        const r = await attachEvidence(
          db.prisma,
          { id: admin.id, label: admin.name },
          { entryKind: "followUp", entryId: ids.followUp!, bytes, kind: "pdf", name: `m${n}.pdf`, reason: null },
          admin,
        );
        if (r.kind !== "ok") throw new Error(`attaching for the matrix failed: ${JSON.stringify(r)}`);
        return { id: r.value.id };
      },
    ],
  ];

  for (const [cmd, level, makeForm] of cases) {
    it(`${cmd.name}: allowed only to ${WHO[level]}`, async () => {
      for (const role of ROLES) {
        // The user as the app sees them: read from the database, null when deactivated.
        const user = role === "anonymous" ? null : await findActiveUser(userIds[role]);
        const form = new FormData();
        for (const [k, v] of Object.entries(await makeForm(role))) form.set(k, v);
        if (
          cmd.name === "correctResponse" ||
          cmd.name === "correctAssessment" ||
          cmd.name === "changeRole" ||
          cmd.name === "setActive"
        )
          form.set("reason", "matrix");
        const before = await db.prisma.auditEvent.count();
        const { state } = await execute(cmd, user, form);
        const allowed = allows(level, role, user !== null);
        expect(state.status, `${cmd.name} as ${role}: ${JSON.stringify(state)}`).toBe(allowed ? "ok" : "error");
        const after = await db.prisma.auditEvent.count();
        if (allowed && level !== "self")
          expect(after, `${cmd.name} as ${role} should be audited`).toBeGreaterThan(before);
        else if (allowed) expect(after, `${cmd.name} as ${role} is not audited`).toBe(before);
        else {
          expect(state.status === "error" && state.message).toBe(
            "You do not have permission to do this. Nothing was saved.",
          );
          expect(after, `${cmd.name} as ${role} wrote something`).toBe(before);
        }
      }
    });
  }
});
