// Independent assessments: several per recommendation over time; corrected
// (versioned, audited) or withdrawn with a reason, never deleted.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { loadActiveEntry, withdrawEntry, writeEntry } from "@/lib/mutations/series-entry";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import type { CorrectAssessment, NewAssessment, Withdraw } from "./schema";

export const ASSESSMENT_FIELDS = [
  "status",
  "assessorType",
  "assessorName",
  "datePrecision",
  "dateFrom",
  "dateTo",
  "dateNote",
  "rationale",
  "documentId",
  "location",
  "sourceUrl",
] as const;

function values(input: Omit<NewAssessment, "recommendationId">) {
  return {
    status: input.status,
    assessorType: input.assessorType,
    assessorName: input.assessorName ?? null,
    datePrecision: input.datePrecision,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
    dateNote: input.dateNote,
    rationale: input.rationale,
    documentId: input.documentId ?? null,
    location: input.location ?? null,
    sourceUrl: input.sourceUrl ?? null,
  };
}

export async function addAssessment(db: PrismaClient, actor: Actor, input: NewAssessment): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
      const row = await tx.assessment.create({
        data: { ...values(input), recommendationId: rec.id, createdById: actor.id },
      });
      // A new assessment is itself the change of status; its rationale is the reason.
      await auditCreate(tx, actor, "Assessment", row, ASSESSMENT_FIELDS, rec.scope, input.rationale);
      return { id: row.id };
    }),
  );
}

export async function correctAssessment(
  db: PrismaClient,
  actor: Actor,
  input: CorrectAssessment,
): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const { current, rec } = await loadActiveEntry(tx, "Assessment", input.id);
      await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
      return versionedUpdate({
        tx,
        actor,
        entityType: "Assessment",
        current,
        openedVersion: input.version,
        fields: ASSESSMENT_FIELDS,
        data: values(input),
        reason: input.reason,
        statusField: "status",
        scope: rec.scope,
        write: writeEntry(tx, "Assessment", current.id),
      });
    }),
  );
}

export async function withdrawAssessment(db: PrismaClient, actor: Actor, input: Withdraw): Promise<Outcome<Updated>> {
  return withdrawEntry(db, actor, "Assessment", input);
}
