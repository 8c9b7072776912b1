import { command } from "@/lib/actions/command";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { assignInstitution, createInstitution, editInstitution, unassignInstitution } from "./mutations";
import { AssignmentSchema, EditInstitutionSchema, NewInstitutionSchema, UnassignmentSchema } from "./schema";

export const createInstitutionCommand = command({
  name: "createInstitution",
  schema: NewInstitutionSchema,
  allow: canAdminister,
  run: createInstitution,
  paths: () => ["/admin/institutions"],
  success: (i) => ({ message: `${i.name} was added.` }),
});

export const editInstitutionCommand = command({
  name: "editInstitution",
  schema: EditInstitutionSchema,
  allow: canAdminister,
  run: editInstitution,
  paths: () => ["/admin/institutions"],
  success: (i) => ({ message: `${i.name} was saved.` }),
});

export const assignInstitutionCommand = command({
  name: "assignInstitution",
  schema: AssignmentSchema,
  allow: canEdit,
  run: assignInstitution,
  paths: (i) => [`/recommendations/${i.recommendationId}`],
  success: () => ({ message: "The institution was assigned." }),
});

export const unassignInstitutionCommand = command({
  name: "unassignInstitution",
  schema: UnassignmentSchema,
  allow: canEdit,
  run: unassignInstitution,
  paths: (i) => [`/recommendations/${i.recommendationId}`],
  success: () => ({ message: "The institution was removed from this recommendation." }),
});
