// Themes across cycles: the admins' managed list, and the themes an editor gives recommendations (one at a
// time on its page, or many at once from a cycle's list). Shared by forms, actions and tests.
import { z } from "zod";
import { entityId, formVersion, optionalText, plainText } from "@/lib/validation";

/** The list as first seeded (docs/decisions: none of the seeded recommendations gets a theme by guessing). */
export const SEED_THEMES = [
  "Legal framework",
  "Election administration",
  "Voter registration",
  "Candidate registration",
  "Campaign",
  "Media",
  "Complaints and appeals",
  "Election day",
  "Observers",
  "Participation of women and minorities",
] as const;

/** A form's field that may be sent once, many times, or not at all (no box ticked). */
const idList = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
    z.array(entityId(label)).max(max, `Choose at most ${max}`),
  );

export const NewThemeSchema = z.object({ name: plainText("Name", 100) });
export const EditThemeSchema = NewThemeSchema.extend({
  id: entityId("Theme"),
  version: formVersion,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  reason: optionalText("Reason for the change", 2000),
});
/** The themes a recommendation has after the save: the ticked boxes. */
export const SetThemesSchema = z.object({
  recommendationId: entityId("Recommendation"),
  themeIds: idList("Theme", 50),
  reason: optionalText("Reason", 2000),
});
/** One theme given to every selected recommendation, in one step (one event per recommendation). */
export const BulkAssignSchema = z.object({
  recommendationIds: idList("Recommendation", 500).refine((a) => a.length > 0, "Select at least one recommendation"),
  themeId: entityId("Theme"),
  reason: optionalText("Reason", 2000),
});

export type NewTheme = z.infer<typeof NewThemeSchema>;
export type EditTheme = z.infer<typeof EditThemeSchema>;
export type SetThemes = z.infer<typeof SetThemesSchema>;
export type BulkAssign = z.infer<typeof BulkAssignSchema>;
