// Review before publishing, follow-up drafts: a contributor writes and changes a draft; the review steps are the
// cycle shared with progress updates (./cycle.ts), bound here to this kind.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { canChangeDraft } from "@/lib/auth/policy";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { giveBack, loadDraft, mayContribute, publish, refuse, submit, userOf } from "./cycle";
import { DRAFT_CONTENT, FOLLOW_UP_DRAFT } from "./kinds";
import type { DraftStep, EditDraft, NewDraft, ReturnDraft } from "./schema";

export { DRAFT_CONTENT };

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

async function checkReferences(tx: Tx, input: Content, cycleId: string) {
  await assertCitableDocument(tx, input.evidenceDocumentId, cycleId, "evidenceDocumentId");
  if (input.targetDate && input.targetDate < (input.dateFrom ?? input.dateTo))
    throw new Abort({
      kind: "invalid",
      fieldErrors: { targetDate: ["The target date cannot be before the date of the action"] },
    });
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
      const fields = [...DRAFT_CONTENT, "institutionId", "publication"];
      await auditCreate(tx, actor, "FollowUpDraft", row, fields, rec.scope, null);
      return { id: row.id };
    }),
  );
}

/** Its author changes a draft while it is a draft or returned to them. */
export async function editDraft(db: PrismaClient, actor: Actor, input: EditDraft): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, FOLLOW_UP_DRAFT, user, input.id);
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

export const submitDraft = (db: PrismaClient, actor: Actor, input: DraftStep) =>
  submit(FOLLOW_UP_DRAFT, db, actor, input);
export const returnDraft = (db: PrismaClient, actor: Actor, input: ReturnDraft) =>
  giveBack(FOLLOW_UP_DRAFT, db, actor, input);
export const publishDraft = (db: PrismaClient, actor: Actor, input: DraftStep) =>
  publish(FOLLOW_UP_DRAFT, db, actor, input);
