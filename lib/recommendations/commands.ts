import { command } from "@/lib/actions/command";
import { canEdit } from "@/lib/auth/policy";
import { addRecommendation, editRecommendation } from "./mutations";
import { EditRecommendationSchema, NewRecommendationSchema } from "./schema";

export const addRecommendationCommand = command({
  name: "addRecommendation",
  schema: NewRecommendationSchema,
  allow: canEdit,
  run: addRecommendation,
  paths: () => ["/", "/cycles/[slug]"],
  success: (i, v) => ({ message: `Recommendation ${i.label} was added.`, data: { id: v.id } }),
});

export const editRecommendationCommand = command({
  name: "editRecommendation",
  schema: EditRecommendationSchema,
  allow: canEdit,
  run: editRecommendation,
  paths: (i) => [`/recommendations/${i.id}`, "/cycles/[slug]"],
  success: () => ({ message: "The recommendation was saved; the earlier text stays in the history." }),
});
