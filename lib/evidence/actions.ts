"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts). Attaching is a route
// handler (app/api/evidence/route.ts): a file of up to 20 MB is over the 1 MB a server action accepts.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { removeEvidence } from "./mutations";
import { RemoveEvidenceSchema } from "./schema";

export const removeEvidenceAction = action({
  name: "removeEvidence",
  schema: RemoveEvidenceSchema,
  allow: canEdit,
  run: removeEvidence,
  success: () => ({ message: "The file was removed from the entry." }),
});
