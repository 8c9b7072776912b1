import { z } from "zod";
import { datedSchema } from "@/lib/dated";
import {
  calendarDate,
  entityId,
  formVersion,
  httpUrl,
  optionalEntityId,
  optionalText,
  plainText,
} from "@/lib/validation";

/** How long the texts of a follow-up entry may be (schema and form counters). */
export const FOLLOW_UP_LIMITS = { actionTaken: 20_000, evidenceLocation: 300, nextStep: 5_000 } as const;

const fields = {
  actionTaken: plainText("Action taken", FOLLOW_UP_LIMITS.actionTaken),
  institutionId: optionalEntityId("Responsible institution"),
  evidenceDocumentId: optionalEntityId("Evidence document"),
  evidenceLocation: optionalText("Page or section", FOLLOW_UP_LIMITS.evidenceLocation),
  evidenceUrl: httpUrl("Evidence link"),
  nextStep: optionalText("Next step", FOLLOW_UP_LIMITS.nextStep),
  targetDate: calendarDate("Target date"),
  internal: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
};
const DATE_LABEL = "Date of the action";

export const NewFollowUpSchema = datedSchema({ recommendationId: entityId("Recommendation"), ...fields }, DATE_LABEL);
export const CorrectFollowUpSchema = datedSchema(
  {
    id: entityId("Follow-up entry"),
    version: formVersion,
    ...fields,
    reason: plainText("Reason for the correction", 2000),
  },
  DATE_LABEL,
);

export type NewFollowUp = z.infer<typeof NewFollowUpSchema>;
export type CorrectFollowUp = z.infer<typeof CorrectFollowUpSchema>;
