"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { bulkAssignTheme, createTheme, editTheme, setThemes, type BulkAssigned } from "./mutations";
import { BulkAssignSchema, EditThemeSchema, NewThemeSchema, SetThemesSchema } from "./schema";

export const createThemeAction = action({
  name: "createTheme",
  schema: NewThemeSchema,
  allow: canAdminister,
  run: createTheme,
  success: (t) => ({ message: `${t.name} was added.` }),
});

export const editThemeAction = action({
  name: "editTheme",
  schema: EditThemeSchema,
  allow: canAdminister,
  run: editTheme,
  success: (t) => ({ message: `${t.name} was saved.` }),
});

export const setThemesAction = action({
  name: "setThemes",
  schema: SetThemesSchema,
  allow: canEdit,
  run: setThemes,
  success: () => ({ message: "The themes were saved." }),
});

export const bulkAssignThemeAction = action({
  name: "bulkAssignTheme",
  schema: BulkAssignSchema,
  allow: canEdit,
  run: bulkAssignTheme,
  success: (_input, out: BulkAssigned) => ({
    // Two sentences rather than an optional part, so each is one catalogue entry (lib/i18n/server-messages.ts).
    message: out.already
      ? `${out.name} was given to ${out.added} recommendation${out.added === 1 ? "" : "s"} ${serverText(`(${out.already} already had it)`)}.`
      : `${out.name} was given to ${out.added} recommendation${out.added === 1 ? "" : "s"}.`,
  }),
});
