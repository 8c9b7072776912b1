"use server";
// The server actions of the report-text import, each declared once (lib/actions/define.ts). The preview
// itself is read by a route handler (app/api/report-import/preview): uploads exceed a server action's body limit.
import { action } from "@/lib/actions/define";
import { canEdit } from "@/lib/auth/policy";
import { commitReportImport } from "./mutations";
import { revertReportImport } from "./revert";
import { CommitImportSchema, RevertImportSchema } from "./schema";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const commitReportImportAction = action({
  name: "commitReportImport",
  schema: CommitImportSchema,
  allow: canEdit,
  run: commitReportImport,
  success: (_i, v) => {
    const skipped = v.skipped.length ? ` Already recorded, skipped: ${v.skipped.join(", ")}.` : "";
    const message =
      v.created.length === 0
        ? `Nothing was imported: all ${plural(v.skipped.length, "item is", "items are")} already recorded (${v.skipped.join(", ")}).`
        : `${plural(v.created.length, "recommendation was", "recommendations were")} imported: ${v.created.map((c) => c.label).join(", ")}.${skipped}`;
    return {
      message,
      data: { importId: v.id ?? "", created: JSON.stringify(v.created), skipped: v.skipped.join(", ") },
    };
  },
});

export const revertReportImportAction = action({
  name: "revertReportImport",
  schema: RevertImportSchema,
  allow: canEdit,
  run: revertReportImport,
  success: (_i, v) => ({ message: `The import was reverted: recommendations ${v.labels} were removed.` }),
});
