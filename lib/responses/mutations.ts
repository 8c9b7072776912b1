// Records or revises the state's response to a recommendation: one current
// response per recommendation; earlier versions live in the audit history.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import type { StateResponseInput } from "./schema";

export const RESPONSE_FIELDS = ["status", "text", "statusSentence", "respondedOn", "documentId", "location", "sourceUrl"] as const;

/** A document cited as a source must exist and belong to the recommendation's cycle. */
export async function assertDocumentOfCycle(tx: Tx, documentId: string | null | undefined, cycleId: string, field: string) {
  if (!documentId) return;
  const doc = await tx.document.findUnique({ where: { id: documentId }, select: { cycleId: true } });
  if (!doc || doc.cycleId !== cycleId) throw new Abort({ kind: "invalid", fieldErrors: { [field]: ["Choose a document of this election cycle"] } });
}

export async function findRecommendationScope(tx: Tx, id: string) {
  const rec = await tx.recommendation.findUnique({ where: { id }, select: { id: true, cycleId: true } });
  if (!rec) throw new Abort({ kind: "not-found", message: "This recommendation does not exist (any more)." });
  return { id: rec.id, cycleId: rec.cycleId, scope: { cycleId: rec.cycleId, recommendationId: rec.id } };
}

export async function saveStateResponse(db: PrismaClient, actor: Actor, input: StateResponseInput): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      await assertDocumentOfCycle(tx, input.documentId, rec.cycleId, "documentId");
      const data = {
        status: input.status,
        text: input.text ?? null,
        statusSentence: input.statusSentence ?? null,
        respondedOn: input.respondedOn ?? null,
        documentId: input.documentId ?? null,
        location: input.location ?? null,
        sourceUrl: input.sourceUrl ?? null,
      };
      const existing = await tx.stateResponse.findUnique({ where: { recommendationId: rec.id } });
      if (existing) {
        return versionedUpdate({
          tx, actor, entityType: "StateResponse", current: existing, openedVersion: input.version, fields: RESPONSE_FIELDS,
          data, reason: input.reason, statusField: "status", scope: rec.scope,
          write: async (d) =>
            (await tx.stateResponse.updateManyAndReturn({ where: { id: existing.id, version: input.version }, data: { ...d, updatedById: actor.id, version: { increment: 1 } } }))[0] ?? null,
        });
      }
      if (input.version !== 0) throw new Abort({ kind: "conflict", changes: [], currentVersion: 0 });
      if (!input.reason) throw new Abort({ kind: "invalid", fieldErrors: { reason: ["Give a reason for recording this status"] } });
      const row = await tx.stateResponse.create({ data: { ...data, recommendationId: rec.id, updatedById: actor.id } });
      await auditCreate(tx, actor, "StateResponse", row, RESPONSE_FIELDS, rec.scope, input.reason);
      return { id: row.id, changed: true };
    }),
  );
}
