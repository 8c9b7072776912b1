// The language switcher's form (the header's and the account page's): only our languages.
import { z } from "zod";
import { LOCALES } from "./locales";

export const LocaleChoiceSchema = z.object({
  locale: z.enum(LOCALES, { error: "Choose English, Russian or Kazakh." }),
  // Where to go back to; checked by safeNextPath in the route (same-site paths only).
  next: z.string().max(2000).optional(),
});
