// Saving, renaming and deleting a saved view (lib/saved-views/pages.ts for what a view holds).
import { z } from "zod";
import { entityId, plainText } from "@/lib/validation";
import { SAVED_VIEW_PAGES } from "./pages";

export const VIEW_NAME_MAX = 80;
const name = plainText("Name", VIEW_NAME_MAX);

/** The form on a filtered page: the page, its current query string and the cycle or theme of its path. */
export const SaveViewSchema = z.object({
  name,
  page: z.enum(SAVED_VIEW_PAGES, { message: "Choose a page" }),
  query: z
    .string()
    .max(2000, "The filters are too long to save")
    .optional()
    .transform((s) => s ?? ""),
  slug: z
    .string()
    .max(100)
    .optional()
    .transform((s) => s || undefined),
  /** The theme of a theme's dashboard (from the page's path). */
  themeId: z
    .string()
    .max(100)
    .optional()
    .transform((s) => s || undefined),
});
export const RenameViewSchema = z.object({ id: entityId("Saved view"), name });
export const DeleteViewSchema = z.object({ id: entityId("Saved view") });

export type SaveView = z.infer<typeof SaveViewSchema>;
export type RenameView = z.infer<typeof RenameViewSchema>;
export type DeleteView = z.infer<typeof DeleteViewSchema>;

/** One name per person, whatever the case (and the spacing inside it). */
export const nameKey = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
