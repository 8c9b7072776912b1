"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { z } from "zod";
import { action } from "@/lib/actions/define";
import { entityId } from "@/lib/validation";
import { failed } from "@/lib/actions/result";
import { MAX_IMPORT_BYTES, parseImport } from "./import";
import { importRecommendations } from "./import-mutation";
import { canEdit } from "@/lib/auth/policy";
import { addRecommendation, editRecommendation } from "./mutations";
import { EditRecommendationSchema, NewRecommendationSchema } from "./schema";

export const addRecommendationAction = action({
  name: "addRecommendation",
  schema: NewRecommendationSchema,
  allow: canEdit,
  run: addRecommendation,
  success: (i, v) => ({ message: `Recommendation ${i.label} was added.`, data: { id: v.id } }),
});

export const editRecommendationAction = action({
  name: "editRecommendation",
  schema: EditRecommendationSchema,
  allow: canEdit,
  run: editRecommendation,
  success: () => ({ message: "The recommendation was saved; the earlier text stays in the history." }),
});

export const importRecommendationsAction = action({
  name: "importRecommendations",
  schema: z.object({
    cycleId: entityId("Cycle"),
    fileName: z.string().trim().max(200).default("an uploaded file"),
    csv: z.string({ message: "Choose a CSV file" }).min(1, "Choose a CSV file"),
  }),
  allow: canEdit,
  // The uploaded file becomes a text field before the shared path validates it.
  prepare: async (form) => {
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_IMPORT_BYTES) {
        return failed(form, "The file is too large. Nothing was imported.", {
          file: [`The file is larger than ${MAX_IMPORT_BYTES / 1_000} kB: split it into smaller files.`],
        });
      }
      form.set("csv", await file.text());
      form.set("fileName", file.name);
    }
    form.delete("file");
    return null;
  },
  run: async (db, actor, input) => {
    const parsed = parseImport(input.csv);
    if (!parsed.ok) return { kind: "invalid", fieldErrors: { file: parsed.errors } };
    return importRecommendations(db, actor, input.cycleId, parsed.rows, input.fileName);
  },
  success: (_i, v) => ({ message: `${v.count} recommendation${v.count === 1 ? " was" : "s were"} imported.` }),
});
