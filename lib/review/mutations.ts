// Review before publishing: a contributor's follow-up draft goes DRAFT → SUBMITTED → RETURNED (with a comment)
// → SUBMITTED … → PUBLISHED. Every step is one transaction with its audit event. Who may take a step is decided
// here, from the user as the database has them now (lib/auth/policy.ts), not from the form.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Publication } from "@/lib/vocab";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { diffFields } from "@/lib/audit/hash";
import { canChangeDraft, canContributeTo, canDecideDraft, canSeeDraft, type SessionUser } from "@/lib/auth/policy";
import { FOLLOW_UP_FIELDS } from "@/lib/follow-ups/mutations";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import type { DraftStep, EditDraft, NewDraft, ReturnDraft } from "./schema";

/** The content fields of a draft (what its author writes). */
export const DRAFT_CONTENT = [
  "datePrecision",
  "dateFrom",
  "dateTo",
  "dateNote",
  "actionTaken",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
] as const;
/** The review fields (what each step changes). */
const REVIEW_FIELDS = ["publication", "reviewComment", "submittedAt", "followUpId"] as const;

type Content = Omit<NewDraft, "recommendationId">;
function values(input: Content) {
  return {
    datePrecision: input.datePrecision,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
    dateNote: input.dateNote,
    actionTaken: input.actionTaken,
    evidenceDocumentId: input.evidenceDocumentId ?? null,
    evidenceLocation: input.evidenceLocation ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    nextStep: input.nextStep ?? null,
    targetDate: input.targetDate ?? null,
  };
}

const refuse = (message: string): never => {
  throw new Abort({ kind: "invalid", fieldErrors: { form: [message] } });
};
const NOT_YOURS = "This draft does not exist, or it is not yours to see.";

/** The acting user as the database has them (role and institution may have changed since sign-in). */
async function userOf(tx: Tx, actor: Actor): Promise<SessionUser | null> {
  if (!actor.id) return null;
  const u = await tx.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, role: true, institutionId: true, active: true },
  });
  return u?.active ? { id: u.id, name: u.name, email: u.email, role: u.role, institutionId: u.institutionId } : null;
}

async function assignedInstitutions(tx: Tx, recommendationId: string): Promise<string[]> {
  const rows = await tx.recommendationInstitution.findMany({
    where: { recommendationId },
    select: { institutionId: true },
  });
  return rows.map((r) => r.institutionId);
}

async function mayContribute(tx: Tx, user: SessionUser | null, recommendationId: string) {
  if (!canContributeTo(user, await assignedInstitutions(tx, recommendationId)))
    refuse("Your institution is not responsible for this recommendation: you cannot submit follow-up on it.");
}

async function checkReferences(tx: Tx, input: Content, cycleId: string) {
  await assertCitableDocument(tx, input.evidenceDocumentId, cycleId, "evidenceDocumentId");
  if (input.targetDate && input.targetDate < (input.dateFrom ?? input.dateTo))
    throw new Abort({
      kind: "invalid",
      fieldErrors: { targetDate: ["The target date cannot be before the date of the action"] },
    });
}

async function loadDraft(tx: Tx, user: SessionUser | null, id: string) {
  const draft = await tx.followUpDraft.findUnique({ where: { id } });
  // A draft someone may not see is reported as missing: its existence is not theirs to learn.
  if (!draft || !canSeeDraft(user, draft)) throw new Abort({ kind: "not-found", message: NOT_YOURS });
  return { draft, rec: await findRecommendationScope(tx, draft.recommendationId) };
}

type DraftRow = NonNullable<Awaited<ReturnType<Tx["followUpDraft"]["findUnique"]>>>;

/** One review step: `UPDATE … WHERE version = opened`, then its audit event with the fields it changed. */
async function step(
  tx: Tx,
  actor: Actor,
  draft: DraftRow,
  openedVersion: number,
  action: "submit" | "return" | "publish",
  data: { publication: Publication } & Partial<Record<(typeof REVIEW_FIELDS)[number], unknown>>,
  scope: { cycleId: string; recommendationId: string },
  reason: string | null = null,
): Promise<Updated> {
  const [row] = await tx.followUpDraft.updateManyAndReturn({
    where: { id: draft.id, version: openedVersion },
    data: { ...data, version: { increment: 1 } } as never,
  });
  if (!row)
    throw new Abort({ kind: "conflict", changes: [], conflicts: [], merged: null, currentVersion: draft.version });
  const fields = [...REVIEW_FIELDS, "version"];
  await recordAudit(tx, {
    actor,
    action,
    entityType: "FollowUpDraft",
    entityId: draft.id,
    ...scope,
    changes: diffFields(draft, row, fields),
    reason,
  } as Parameters<typeof recordAudit>[1]);
  return { id: draft.id, changed: true, version: row.version, rebasedOver: [] };
}

/** A contributor starts a draft on a recommendation assigned to their institution (not yet submitted). */
export async function createDraft(db: PrismaClient, actor: Actor, input: NewDraft): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const rec = await findRecommendationScope(tx, input.recommendationId);
      await mayContribute(tx, user, rec.id);
      await checkReferences(tx, input, rec.cycleId);
      const row = await tx.followUpDraft.create({
        data: { ...values(input), recommendationId: rec.id, institutionId: user!.institutionId!, authorId: user!.id },
      });
      await auditCreate(
        tx,
        actor,
        "FollowUpDraft",
        row,
        [...DRAFT_CONTENT, "institutionId", "publication"],
        rec.scope,
        null,
      );
      return { id: row.id };
    }),
  );
}

/** Its author changes a draft while it is a draft or returned to them. */
export async function editDraft(db: PrismaClient, actor: Actor, input: EditDraft): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, user, input.id);
      if (!canChangeDraft(user, draft)) refuse("This draft is in review or published: it cannot be changed now.");
      await checkReferences(tx, input, rec.cycleId);
      return versionedUpdate({
        tx,
        actor,
        entityType: "FollowUpDraft",
        current: draft,
        openedVersion: input.version,
        fields: DRAFT_CONTENT,
        data: values(input),
        reason: null,
        scope: rec.scope,
        write: async (data, version) =>
          (
            await tx.followUpDraft.updateManyAndReturn({
              where: { id: draft.id, version },
              data: { ...data, version: { increment: 1 } } as never,
            })
          )[0] ?? null,
      });
    }),
  );
}

/** Its author submits a draft (or resubmits a returned one) for review, while their institution is responsible. */
export async function submitDraft(db: PrismaClient, actor: Actor, input: DraftStep): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, user, input.id);
      if (!canChangeDraft(user, draft)) refuse("This draft is already in review or published.");
      await mayContribute(tx, user, rec.id);
      return step(
        tx,
        actor,
        draft,
        input.version,
        "submit",
        { publication: "SUBMITTED", submittedAt: new Date() },
        rec.scope,
      );
    }),
  );
}

/** An editor returns a submitted draft to its author with a comment (also the event's reason). */
export async function returnDraft(db: PrismaClient, actor: Actor, input: ReturnDraft): Promise<Outcome<Updated>> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, user, input.id);
      if (!canDecideDraft(user, draft))
        refuse("Only a submitted draft can be returned; this one is not awaiting review.");
      // The author hears of it in the same transaction (in the app; by e-mail as they chose).
      await notify(tx, {
        userIds: draft.authorId ? [draft.authorId] : [],
        kind: "RETURNED_DRAFT",
        recommendationId: rec.id,
        text: `${actor.label} returned your follow-up draft with a comment.`,
        exceptUserId: actor.id,
      });
      return step(
        tx,
        actor,
        draft,
        input.version,
        "return",
        { publication: "RETURNED", reviewComment: input.comment },
        rec.scope,
        input.comment,
      );
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}

/**
 * An editor publishes a submitted draft: the follow-up entry is created (the author's text, their institution,
 * their name as its author; the editor's name on the event, with the submitter in its reason) and the draft
 * points to it. From then on it is an ordinary follow-up entry, corrected or withdrawn by editors.
 */
export async function publishDraft(db: PrismaClient, actor: Actor, input: DraftStep): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, user, input.id);
      if (!canDecideDraft(user, draft))
        refuse("Only a submitted draft can be published; this one is not awaiting review.");
      if (draft.version !== input.version)
        throw new Abort({ kind: "conflict", changes: [], conflicts: [], merged: null, currentVersion: draft.version });
      const author = draft.authorId
        ? await tx.user.findUnique({ where: { id: draft.authorId }, select: { name: true } })
        : null;
      const entry = await tx.followUp.create({
        data: {
          ...Object.fromEntries(DRAFT_CONTENT.map((f) => [f, draft[f]])),
          recommendationId: draft.recommendationId,
          institutionId: draft.institutionId,
          internal: false,
          createdById: draft.authorId,
        } as never,
      });
      const submitter = author?.name ?? "a contributor";
      await auditCreate(
        tx,
        actor,
        "FollowUp",
        entry,
        FOLLOW_UP_FIELDS,
        rec.scope,
        `Published from a draft submitted by ${submitter}`,
      );
      return step(
        tx,
        actor,
        draft,
        input.version,
        "publish",
        { publication: "PUBLISHED", followUpId: entry.id },
        rec.scope,
      );
    }),
  );
}
