// Follow-up entries: dated actions with evidence. Corrections keep the earlier
// version in the audit history; removal is a recorded withdrawal with a reason.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import type { Withdraw } from "@/lib/assessments/schema";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { loadActiveEntry, withdrawEntry, writeEntry } from "@/lib/mutations/series-entry";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import type { CorrectFollowUp, NewFollowUp } from "./schema";

export const FOLLOW_UP_FIELDS = [
  "datePrecision",
  "dateFrom",
  "dateTo",
  "dateNote",
  "actionTaken",
  "institutionId",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
  "internal",
] as const;

function values(input: Omit<NewFollowUp, "recommendationId">) {
  return {
    datePrecision: input.datePrecision,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
    dateNote: input.dateNote,
    actionTaken: input.actionTaken,
    institutionId: input.institutionId ?? null,
    evidenceDocumentId: input.evidenceDocumentId ?? null,
    evidenceLocation: input.evidenceLocation ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    nextStep: input.nextStep ?? null,
    targetDate: input.targetDate ?? null,
    internal: input.internal,
  };
}

async function checkReferences(tx: Tx, input: Omit<NewFollowUp, "recommendationId">, cycleId: string) {
  await assertCitableDocument(tx, input.evidenceDocumentId, cycleId, "evidenceDocumentId");
  if (input.institutionId) {
    const inst = await tx.institution.findUnique({ where: { id: input.institutionId }, select: { active: true } });
    if (!inst?.active)
      throw new Abort({ kind: "invalid", fieldErrors: { institutionId: ["Choose an institution from the list"] } });
  }
  if (input.targetDate && input.targetDate < (input.dateFrom ?? input.dateTo)) {
    throw new Abort({
      kind: "invalid",
      fieldErrors: { targetDate: ["The target date cannot be before the date of the action"] },
    });
  }
}

export async function addFollowUp(db: PrismaClient, actor: Actor, input: NewFollowUp): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      return { id: await insertFollowUp(tx, actor, rec, input) };
    }),
  );
}

/** The one write of a new entry (single and bulk target dates): checked, created, its "create" event. */
export async function insertFollowUp(
  tx: Tx,
  actor: Actor,
  rec: { id: string; cycleId: string; scope: { cycleId: string; recommendationId: string } },
  input: Omit<NewFollowUp, "recommendationId">,
): Promise<string> {
  await checkReferences(tx, input, rec.cycleId);
  const row = await tx.followUp.create({
    data: { ...values(input), recommendationId: rec.id, createdById: actor.id },
  });
  await auditCreate(tx, actor, "FollowUp", row, FOLLOW_UP_FIELDS, rec.scope, null);
  return row.id;
}

export async function correctFollowUp(
  db: PrismaClient,
  actor: Actor,
  input: CorrectFollowUp,
): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const { current, rec } = await loadActiveEntry(tx, "FollowUp", input.id);
      await checkReferences(tx, input, rec.cycleId);
      return versionedUpdate({
        tx,
        actor,
        entityType: "FollowUp",
        current,
        openedVersion: input.version,
        fields: FOLLOW_UP_FIELDS,
        data: values(input),
        reason: input.reason,
        scope: rec.scope,
        write: writeEntry(tx, "FollowUp", current.id),
      });
    }),
  );
}

export async function withdrawFollowUp(db: PrismaClient, actor: Actor, input: Withdraw): Promise<Outcome<Updated>> {
  return withdrawEntry(db, actor, "FollowUp", input);
}
