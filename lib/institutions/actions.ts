"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { assignInstitution, createInstitution, editInstitution, unassignInstitution } from "./mutations";
import { AssignmentSchema, EditInstitutionSchema, NewInstitutionSchema, UnassignmentSchema } from "./schema";

export const createInstitutionAction = action({
  name: "createInstitution",
  schema: NewInstitutionSchema,
  allow: canAdminister,
  run: createInstitution,
  success: (i) => ({ message: `${i.name} was added.` }),
});

export const editInstitutionAction = action({
  name: "editInstitution",
  schema: EditInstitutionSchema,
  allow: canAdminister,
  run: editInstitution,
  success: (i) => ({ message: `${i.name} was saved.` }),
});

export const assignInstitutionAction = action({
  name: "assignInstitution",
  schema: AssignmentSchema,
  allow: canEdit,
  run: assignInstitution,
  success: () => ({ message: "The institution was assigned." }),
});

export const unassignInstitutionAction = action({
  name: "unassignInstitution",
  schema: UnassignmentSchema,
  allow: canEdit,
  run: unassignInstitution,
  success: () => ({ message: "The institution was removed from this recommendation." }),
});
