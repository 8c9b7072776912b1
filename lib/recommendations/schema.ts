import { z } from "zod";
import { entityId, formVersion, httpUrl, optionalEntityId, optionalText, plainText } from "@/lib/validation";
import { parseLabel } from "./order";

const fields = {
  label: z
    .string()
    .trim()
    .min(1, "Label is required")
    .refine(
      (s) => parseLabel(s) !== null,
      'Label must be a number, optionally with a letter, as printed: "17" or "2(a)"',
    ),
  sectionId: optionalEntityId("Section"),
  priority: z.enum(["PRIORITY", "OTHER", "UNSPECIFIED"], { message: "Choose Priority, Other or Not classified" }),
  leadIn: optionalText("Lead-in", 5_000),
  text: plainText("Recommendation text", 20_000),
  textVerification: z.enum(["VERIFIED", "NEEDS_VERIFICATION"], {
    message: "Say whether the text was checked against the report",
  }),
  sourceDocumentId: optionalEntityId("Source document"),
  sourceLocation: optionalText("Page or section", 300),
  sourceUrl: httpUrl("Source link"),
  provenance: plainText("Provenance (where this text comes from)", 2_000),
};

export const NewRecommendationSchema = z.object({ cycleId: entityId("Cycle"), ...fields });
export const EditRecommendationSchema = z.object({
  id: entityId("Recommendation"),
  version: formVersion,
  ...fields,
  reason: plainText("Reason for the change", 2_000),
});
export type NewRecommendation = z.infer<typeof NewRecommendationSchema>;
export type EditRecommendation = z.infer<typeof EditRecommendationSchema>;
