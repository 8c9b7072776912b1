"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { setOwner } from "./mutations";
import { SetOwnerSchema } from "./schema";

export const setOwnerAction = action({
  name: "setOwner",
  schema: SetOwnerSchema,
  allow: canEdit,
  run: setOwner,
  success: (i, v) => ({
    message: !v.changed ? "Nothing changed." : i.ownerId ? "The owner was saved." : "The owner was removed.",
  }),
});
