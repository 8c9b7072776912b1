import { z } from "zod";
import { entityId, formVersion, optionalText, plainText } from "@/lib/validation";

export const InstitutionSchema = z.object({
  name: plainText("Name", 200),
  abbreviation: optionalText("Abbreviation", 30),
  description: optionalText("Description", 2000),
});
export const NewInstitutionSchema = InstitutionSchema;
export const EditInstitutionSchema = InstitutionSchema.extend({
  id: entityId("Institution"),
  version: formVersion,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  reason: optionalText("Reason for the change", 2000),
});
export const AssignmentSchema = z.object({
  recommendationId: entityId("Recommendation"),
  institutionId: entityId("Institution"),
  reason: optionalText("Reason", 2000),
});

export type NewInstitution = z.infer<typeof NewInstitutionSchema>;
export type EditInstitution = z.infer<typeof EditInstitutionSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
