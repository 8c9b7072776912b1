"use server";
// The bulk changes of a cycle's list, each declared once (lib/actions/define.ts). One action per kind of change
// (not one action with a union): each schema says exactly what its change needs, and the authorization matrix
// and the property tests drive each one; the panel picks the action of the chosen change.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { bulkAssignInstitution, bulkAssignOwner, bulkSetTargetDate } from "./mutations";
import { BulkInstitutionSchema, BulkOwnerSchema, BulkTargetDateSchema, resultMessage } from "./schema";

export const bulkAssignOwnerAction = action({
  name: "bulkAssignOwner",
  schema: BulkOwnerSchema,
  allow: canEdit,
  run: bulkAssignOwner,
  success: (_i, r) => ({ message: `Owner: ${resultMessage(r)}` }),
});

export const bulkAssignInstitutionAction = action({
  name: "bulkAssignInstitution",
  schema: BulkInstitutionSchema,
  allow: canEdit,
  run: bulkAssignInstitution,
  success: (_i, r) => ({ message: `Institution: ${resultMessage(r)}` }),
});

export const bulkSetTargetDateAction = action({
  name: "bulkSetTargetDate",
  schema: BulkTargetDateSchema,
  allow: canEdit,
  run: bulkSetTargetDate,
  success: (_i, r) => ({ message: `Target date: ${resultMessage(r)}` }),
});
