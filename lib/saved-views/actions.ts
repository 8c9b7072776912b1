"use server";
// The server actions of a person's saved views, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import { deleteView, renameView, saveView } from "./mutations";
import { DeleteViewSchema, RenameViewSchema, SaveViewSchema } from "./schema";

const signedIn = (user: { id: string } | null) => user !== null;

export const saveViewAction = action({
  name: "saveView",
  schema: SaveViewSchema,
  allow: signedIn,
  run: saveView,
  success: (input) => ({ message: `The view “${input.name}” was saved. Find it under My views.` }),
});

export const renameViewAction = action({
  name: "renameView",
  schema: RenameViewSchema,
  allow: signedIn,
  run: renameView,
  success: (input) => ({ message: `The view was renamed “${input.name}”.` }),
});

export const deleteViewAction = action({
  name: "deleteView",
  schema: DeleteViewSchema,
  allow: signedIn,
  run: deleteView,
  success: () => ({ message: "The view was deleted." }),
});
