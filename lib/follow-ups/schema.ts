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

const fields = {
  actionTaken: plainText("Action taken", 20_000),
  institutionId: optionalEntityId("Responsible institution"),
  evidenceDocumentId: optionalEntityId("Evidence document"),
  evidenceLocation: optionalText("Page or section", 300),
  evidenceUrl: httpUrl("Evidence link"),
  nextStep: optionalText("Next step", 5_000),
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
