import { command } from "@/lib/actions/command";
import { canEdit } from "@/lib/auth/policy";
import { saveStateResponse } from "./mutations";
import { StateResponseInputSchema } from "./schema";

export const saveStateResponseCommand = command({
  name: "saveStateResponse",
  schema: StateResponseInputSchema,
  allow: canEdit,
  run: saveStateResponse,
  paths: (i) => [`/recommendations/${i.recommendationId}`],
  success: () => ({ message: "The state's response was saved." }),
});
