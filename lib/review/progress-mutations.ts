// Review before publishing, progress updates: a contributor's account of where a recommendation stands, in the
// state's vocabulary (a state response in review). Writing and changing one is here; the review steps are the
// cycle shared with follow-up drafts (./cycle.ts); publishing creates the StateResponse (./kinds.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { canChangeDraft } from "@/lib/auth/policy";
import { runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { giveBack, loadDraft, mayContribute, publish, refuse, submit, userOf } from "./cycle";
import { PROGRESS_CONTENT, PROGRESS_UPDATE } from "./kinds";
import type { DraftStep, EditProgressDraft, NewProgressDraft, ReturnDraft } from "./schema";

function values(input: Omit<NewProgressDraft, "recommendationId">) {
  return {
    status: input.status,
    text: input.text ?? null,
    statusSentence: input.statusSentence ?? null,
    datePrecision: input.datePrecision,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
    dateNote: input.dateNote,
    documentId: input.documentId ?? null,
    location: input.location ?? null,
    sourceUrl: input.sourceUrl ?? null,
  };
}

/** A contributor starts a progress update on a recommendation assigned to their institution. */
export async function createProgressDraft(db: PrismaClient, actor: Actor, input: NewProgressDraft): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const rec = await findRecommendationScope(tx, input.recommendationId);
      await mayContribute(tx, user, rec.id);
      await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
      const row = await tx.stateResponseDraft.create({
        data: { ...values(input), recommendationId: rec.id, institutionId: user!.institutionId!, authorId: user!.id },
      });
      const fields = [...PROGRESS_CONTENT, "institutionId", "publication"];
      await auditCreate(tx, actor, "StateResponseDraft", row, fields, rec.scope, null);
      return { id: row.id };
    }),
  );
}

/** Its author changes a progress update while it is a draft or returned to them. */
export async function editProgressDraft(
  db: PrismaClient,
  actor: Actor,
  input: EditProgressDraft,
): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const user = await userOf(tx, actor);
      const { draft, rec } = await loadDraft(tx, PROGRESS_UPDATE, user, input.id);
      if (!canChangeDraft(user, draft))
        refuse("This progress update is in review or published: it cannot be changed now.");
      await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
      return versionedUpdate({
        tx,
        actor,
        entityType: "StateResponseDraft",
        current: draft,
        openedVersion: input.version,
        fields: PROGRESS_CONTENT,
        data: values(input),
        reason: null,
        scope: rec.scope,
        write: async (data, version) =>
          (
            await tx.stateResponseDraft.updateManyAndReturn({
              where: { id: draft.id, version },
              data: { ...data, version: { increment: 1 } } as never,
            })
          )[0] ?? null,
      });
    }),
  );
}

export const submitProgressDraft = (db: PrismaClient, actor: Actor, input: DraftStep) =>
  submit(PROGRESS_UPDATE, db, actor, input);
export const returnProgressDraft = (db: PrismaClient, actor: Actor, input: ReturnDraft) =>
  giveBack(PROGRESS_UPDATE, db, actor, input);
export const publishProgressDraft = (db: PrismaClient, actor: Actor, input: DraftStep) =>
  publish(PROGRESS_UPDATE, db, actor, input);
