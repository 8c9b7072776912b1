import { z } from "zod";
import { ASSESSMENT_ORDER, type AssessmentStatus } from "@/lib/vocab";
import { datedSchema } from "@/lib/dated";
import { entityId, formVersion, httpUrl, optionalEntityId, optionalText, plainText } from "@/lib/validation";

/** How long the texts of an assessment may be (schema and form counters). */
export const ASSESSMENT_LIMITS = { assessorName: 200, rationale: 20_000, location: 300 } as const;

const fields = {
  status: z.enum(ASSESSMENT_ORDER as [AssessmentStatus, ...AssessmentStatus[]], {
    message: "Choose an assessment on ODIHR's scale",
  }),
  assessorType: z.enum(["ODIHR_MISSION", "OTHER_OBSERVER", "CIVIL_SOCIETY", "INTERNAL_REVIEW"], {
    message: "Choose who assessed",
  }),
  assessorName: optionalText("Assessor", ASSESSMENT_LIMITS.assessorName),
  rationale: plainText("Rationale", ASSESSMENT_LIMITS.rationale),
  documentId: optionalEntityId("Source document"),
  location: optionalText("Page or section", ASSESSMENT_LIMITS.location),
  sourceUrl: httpUrl("Source link"),
};
const DATE_LABEL = "Date of the assessment";

export const NewAssessmentSchema = datedSchema({ recommendationId: entityId("Recommendation"), ...fields }, DATE_LABEL);
export const CorrectAssessmentSchema = datedSchema(
  { id: entityId("Assessment"), version: formVersion, ...fields, reason: optionalText("Reason for the change", 2000) },
  DATE_LABEL,
);
/** Withdrawing an entry of any series (assessment, follow-up): a reason is required. */
export const WithdrawSchema = z.object({
  id: entityId("Entry"),
  version: formVersion,
  reason: plainText("Reason for the withdrawal", 2000),
});

export type NewAssessment = z.infer<typeof NewAssessmentSchema>;
export type CorrectAssessment = z.infer<typeof CorrectAssessmentSchema>;
export type Withdraw = z.infer<typeof WithdrawSchema>;
