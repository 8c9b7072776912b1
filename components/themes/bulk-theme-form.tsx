"use client";
// Bulk action on a cycle's list: the boxes ticked in the list (inputs with form="bulk-theme") get one theme in
// one step; each recommendation's new theme is its own audit event, all in one transaction (all or nothing).
import { useAction } from "@/components/forms/use-action";
import { bulkAssignThemeAction } from "@/lib/themes/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { BULK_THEME_FORM } from "./bulk-form-id";

export function BulkThemeForm({ themes }: { themes: { id: string; name: string }[] }) {
  const [state, action] = useAction(bulkAssignThemeAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const problems = [...(errors.recommendationIds ?? []), ...(errors.themeId ?? [])];
  return (
    <form
      id={BULK_THEME_FORM}
      action={action}
      noValidate
      aria-labelledby="bulk-theme-heading"
      className="no-print mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 id="bulk-theme-heading" className="text-sm font-semibold">
        Give a theme to the selected recommendations
      </h3>
      <p className="mt-1 text-sm text-slate-700">Tick recommendations in the list below, choose a theme, then apply.</p>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold text-slate-900">
          Theme
          <select name="themeId" defaultValue="" className="ml-2 rounded border border-slate-400 px-2 py-1 font-normal">
            <option value="">Choose a theme</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold text-slate-900">
          Reason <span className="font-normal text-slate-600">(optional)</span>
          <input
            name="reason"
            maxLength={2000}
            className="ml-2 rounded border border-slate-400 px-2 py-1 font-normal"
          />
        </label>
        <SubmitButton>Apply to selected</SubmitButton>
      </div>
      {problems.length > 0 && <p className="mt-2 text-sm text-red-800">{problems.join(" ")}</p>}
      <FormStatus state={state} />
    </form>
  );
}
