// The two kinds of contributor draft and what publishing each creates (the review cycle is ./cycle.ts).
// A follow-up draft becomes a FollowUp; a progress update becomes a StateResponse through the same path as an
// editor's own entry (lib/responses/mutations.ts recordResponse), so its events and versions are the same.
import type { Tx } from "@/lib/audit/record";
import { FOLLOW_UP_FIELDS } from "@/lib/follow-ups/mutations";
import { auditCreate } from "@/lib/mutations/versioned";
import { recordResponse } from "@/lib/responses/mutations";
import type { NewResponse } from "@/lib/responses/schema";
import type { DraftKind, DraftTable } from "./cycle";

/** The content fields of a follow-up draft (what its author writes). */
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

/** The content fields of a progress update: those of a state response. */
export const PROGRESS_CONTENT = [
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

const REVIEW = ["publication", "reviewComment", "submittedAt"] as const;

export const FOLLOW_UP_DRAFT: DraftKind = {
  entityType: "FollowUpDraft",
  table: (tx: Tx) => tx.followUpDraft as unknown as DraftTable,
  noun: "draft",
  title: "follow-up draft",
  reviewFields: [...REVIEW, "followUpId"],
  async publish(tx, actor, draft, scope, reason) {
    const entry = await tx.followUp.create({
      data: {
        ...Object.fromEntries(DRAFT_CONTENT.map((f) => [f, draft[f]])),
        recommendationId: draft.recommendationId,
        institutionId: draft.institutionId,
        internal: false,
        createdById: draft.authorId,
      } as never,
    });
    await auditCreate(tx, actor, "FollowUp", entry, FOLLOW_UP_FIELDS, scope, reason);
    return { followUpId: entry.id };
  },
};

export const PROGRESS_UPDATE: DraftKind = {
  entityType: "StateResponseDraft",
  table: (tx: Tx) => tx.stateResponseDraft as unknown as DraftTable,
  noun: "progress update",
  title: "progress update",
  reviewFields: [...REVIEW, "stateResponseId"],
  async publish(tx, actor, draft, _scope, reason) {
    const input = {
      ...Object.fromEntries(PROGRESS_CONTENT.map((f) => [f, draft[f]])),
      recommendationId: draft.recommendationId,
    } as NewResponse;
    const id = await recordResponse(tx, actor, input, { createdById: draft.authorId, reason });
    return { stateResponseId: id };
  },
};
