"use server";
// The spreadsheet import, declared once (lib/actions/define.ts): editors and
// admins upload an edited export; "check" is the dry run (nothing written),
// "apply" writes the dry run's changes if the plan is still the one shown.
import { action } from "@/lib/actions/define";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { failed } from "@/lib/actions/result";
import { canEdit } from "@/lib/auth/policy";
import { parseSheet } from "./parse";
import { planImport, planKey } from "./plan";
import { currentRows, importCycle } from "./queries";
import { applySheetPlan } from "./mutations";
import { MAX_SHEET_BYTES, SheetUploadSchema, type Plan } from "./schema";
import { planView } from "./view";

export const importSheetAction = action({
  name: "importSheet",
  schema: SheetUploadSchema,
  allow: canEdit,
  // The file travels as base64 in the command's form (an XLSX is binary).
  prepare: async (form) => {
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_SHEET_BYTES)
        return failed(form, "The file is too large. Nothing was written.", {
          file: [`The file is larger than ${MAX_SHEET_BYTES / 1000} kB: split it into smaller files.`],
        });
      form.set("content", Buffer.from(await file.arrayBuffer()).toString("base64"));
      form.set("fileName", file.name);
    }
    form.delete("file");
    return null;
  },
  run: async (db, actor, input) => {
    const cycle = await importCycle(input.cycleId);
    if (!cycle) return { kind: "not-found", message: "This election cycle does not exist." };
    const parsed = await parseSheet(input.fileName, Buffer.from(input.content, "base64"));
    if (!parsed.ok) return { kind: "invalid", fieldErrors: { file: parsed.errors } };
    const plan = planImport(parsed.file, cycle, await currentRows(parsed.file));
    const key = planKey(plan);
    if (input.intent === "check") return { kind: "ok", value: { plan, key, applied: 0 } };
    if (plan.problems.length)
      return {
        kind: "invalid",
        fieldErrors: { file: ["The file still has problems: correct them and check it again."] },
      };
    if (input.planKey !== key)
      return {
        kind: "invalid",
        fieldErrors: {
          file: ["The file or the tracker changed since the dry run: nothing was written. Check the file again."],
        },
      };
    if (plan.changes.length === 0) return { kind: "invalid", fieldErrors: { file: ["There is nothing to apply."] } };
    const done = await applySheetPlan(db, actor, cycle.id, plan);
    return done.kind === "ok" ? { kind: "ok", value: { plan, key, applied: done.value.count } } : done;
  },
  success: (input, v: { plan: Plan; key: string; applied: number }) => ({
    message:
      input.intent === "check"
        ? `Dry run: nothing was written. ${summary(v.plan)}`
        : `${v.applied} change${v.applied === 1 ? " was" : "s were"} applied and recorded in the audit history.` +
          (v.plan.conflicts.length
            ? ` ${rows(v.plan.conflicts.length)} in conflict ${v.plan.conflicts.length === 1 ? "was" : "were"} left as they are.`
            : ""),
    data: { plan: JSON.stringify(planView(v.plan, v.key, input.intent === "apply")) },
  }),
});

const rows = (n: number) => `${n} row${n === 1 ? "" : "s"}`;
function summary(p: Plan): string {
  return serverText(
    `${p.changes.length} change${p.changes.length === 1 ? "" : "s"} planned, ${rows(p.conflicts.length)} in conflict, ${p.problems.length} problem${p.problems.length === 1 ? "" : "s"}, ${rows(p.unchanged)} unchanged.`,
  );
}
