import { z } from "zod";
import { command } from "@/lib/actions/command";
import { entityId } from "@/lib/validation";
import { parseImport } from "./import";
import { importRecommendations } from "./import-mutation";
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

export const importRecommendationsCommand = command({
  name: "importRecommendations",
  schema: z.object({
    cycleId: entityId("Cycle"),
    fileName: z.string().trim().max(200).default("an uploaded file"),
    csv: z.string({ message: "Choose a CSV file" }).min(1, "Choose a CSV file"),
  }),
  allow: canEdit,
  run: async (db, actor, input) => {
    const parsed = parseImport(input.csv);
    if (!parsed.ok) return { kind: "invalid", fieldErrors: { file: parsed.errors } };
    return importRecommendations(db, actor, input.cycleId, parsed.rows, input.fileName);
  },
  paths: () => ["/", "/cycles/[slug]"],
  success: (_i, v) => ({ message: `${v.count} recommendation${v.count === 1 ? " was" : "s were"} imported.` }),
});
