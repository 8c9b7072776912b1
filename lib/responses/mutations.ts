// The state's responses to a recommendation: a dated series. A new answer is
// a new entry; a correction is a new version of an entry; a mistaken entry is
// withdrawn with a reason, never deleted. Every change is audited and
// versioned in its transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { assertCitableDocument, findRecommendationScope } from "@/lib/mutations/references";
import { auditCreate, versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { loadActiveEntry, withdrawEntry, writeEntry } from "@/lib/mutations/series-entry";
import type { CorrectResponse, NewResponse, WithdrawResponse } from "./schema";

export const RESPONSE_FIELDS = [
  "status",
  "text",
  "statusSentence",
  "datePrecision",
  "dateFrom",
  "dateTo",
  "dateNote",
  "documentId",
  "location",
  "sourceUrl",
] as const;

function values(input: Omit<NewResponse, "recommendationId">) {
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

export async function addResponse(db: PrismaClient, actor: Actor, input: NewResponse): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => ({
      id: await recordResponse(tx, actor, input, { createdById: actor.id, reason: null }),
    })),
  );
}

/**
 * A new entry in the state's series, in the caller's transaction: the one path for an editor's own entry and for
 * a contributor's progress update published by an editor (lib/review), so both have the same events and versions.
 */
export async function recordResponse(
  tx: Tx,
  actor: Actor,
  input: NewResponse,
  by: { createdById: string | null; reason: string | null },
): Promise<string> {
  const rec = await findRecommendationScope(tx, input.recommendationId);
  await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
  const row = await tx.stateResponse.create({
    data: { ...values(input), recommendationId: rec.id, createdById: by.createdById },
  });
  await auditCreate(tx, actor, "StateResponse", row, RESPONSE_FIELDS, rec.scope, by.reason);
  return row.id;
}

export async function correctResponse(
  db: PrismaClient,
  actor: Actor,
  input: CorrectResponse,
): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const { current, rec } = await loadActiveEntry(tx, "StateResponse", input.id);
      await assertCitableDocument(tx, input.documentId, rec.cycleId, "documentId");
      return versionedUpdate({
        tx,
        actor,
        entityType: "StateResponse",
        current,
        openedVersion: input.version,
        fields: RESPONSE_FIELDS,
        data: values(input),
        reason: input.reason,
        statusField: "status",
        scope: rec.scope,
        write: writeEntry(tx, "StateResponse", current.id),
      });
    }),
  );
}

export async function withdrawResponse(
  db: PrismaClient,
  actor: Actor,
  input: WithdrawResponse,
): Promise<Outcome<Updated>> {
  return withdrawEntry(db, actor, "StateResponse", input);
}
