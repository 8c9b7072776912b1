import { z } from "zod";
import { datedSchema } from "@/lib/dated";
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
const assignment = {
  recommendationId: entityId("Recommendation"),
  institutionId: entityId("Institution"),
  reason: optionalText("Reason", 2000),
};
/** Assigning an institution: since when it is responsible, in the world. */
export const AssignmentSchema = datedSchema(assignment, "Responsible since");
export const UnassignmentSchema = z.object(assignment);

export type NewInstitution = z.infer<typeof NewInstitutionSchema>;
export type EditInstitution = z.infer<typeof EditInstitutionSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type Unassignment = z.infer<typeof UnassignmentSchema>;
