import { z } from "zod";
import { datedSchema } from "@/lib/dated";
import { FOLLOW_UP_LIMITS } from "@/lib/follow-ups/schema";
import { RESPONSE_CONTENT, RESPONSE_DATE_LABEL } from "@/lib/responses/schema";
import {
  calendarDate,
  entityId,
  formVersion,
  httpUrl,
  optionalEntityId,
  optionalText,
  plainText,
} from "@/lib/validation";

// A draft says what a follow-up entry says, except its institution (the contributor's own) and the internal flag
// (a contributor's entry is meant for publication).
const fields = {
  actionTaken: plainText("Action taken", FOLLOW_UP_LIMITS.actionTaken),
  evidenceDocumentId: optionalEntityId("Evidence document"),
  evidenceLocation: optionalText("Page or section", FOLLOW_UP_LIMITS.evidenceLocation),
  evidenceUrl: httpUrl("Evidence link"),
  nextStep: optionalText("Next step", FOLLOW_UP_LIMITS.nextStep),
  targetDate: calendarDate("Target date"),
};
const DATE_LABEL = "Date of the action";

export const NewDraftSchema = datedSchema({ recommendationId: entityId("Recommendation"), ...fields }, DATE_LABEL);
export const EditDraftSchema = datedSchema({ id: entityId("Draft"), version: formVersion, ...fields }, DATE_LABEL);
export const DraftStepSchema = z.object({ id: entityId("Draft"), version: formVersion });
export const ReturnDraftSchema = DraftStepSchema.extend({
  comment: plainText("Comment for the contributor", 5_000),
});

export type NewDraft = z.infer<typeof NewDraftSchema>;
export type EditDraft = z.infer<typeof EditDraftSchema>;
export type DraftStep = z.infer<typeof DraftStepSchema>;
export type ReturnDraft = z.infer<typeof ReturnDraftSchema>;

// A progress update says what an entry of the state's series says (lib/responses/schema.ts).
export const NewProgressDraftSchema = datedSchema(
  { recommendationId: entityId("Recommendation"), ...RESPONSE_CONTENT },
  RESPONSE_DATE_LABEL,
);
export const EditProgressDraftSchema = datedSchema(
  { id: entityId("Progress update"), version: formVersion, ...RESPONSE_CONTENT },
  RESPONSE_DATE_LABEL,
);
export type NewProgressDraft = z.infer<typeof NewProgressDraftSchema>;
export type EditProgressDraft = z.infer<typeof EditProgressDraftSchema>;
