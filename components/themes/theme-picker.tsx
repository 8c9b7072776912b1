"use client";
// An editor's choice of a recommendation's themes: a box per theme, one save. Each theme given or taken away
// is its own audit event (lib/themes/mutations.ts). A deactivated theme the recommendation has stays listed.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { setThemesAction } from "@/lib/themes/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { formKey } from "@/components/forms/use-form-values";

export function ThemePicker(p: {
  recommendationId: string;
  themes: { id: string; name: string; active: boolean }[];
  chosen: string[];
}) {
  const t = useTranslations("themes");
  const [state, action] = useAction(setThemesAction, idle);
  const chosen = new Set(p.chosen);
  const errors = state.status === "error" ? (state.fieldErrors.themeIds ?? []) : [];
  return (
    <details className="no-print mt-3">
      <summary className="cursor-pointer rounded-sm text-sm font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800">
        {t("change")}
      </summary>
      <form
        action={action}
        key={formKey(state)}
        noValidate
        className="mt-3 rounded border border-slate-200 bg-slate-50 p-3"
      >
        <input type="hidden" name="recommendationId" value={p.recommendationId} />
        <fieldset aria-describedby={errors.length ? "theme-errors" : undefined}>
          <legend className="text-sm font-semibold text-slate-900">{t("ofRecommendation")}</legend>
          <ul className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            {p.themes
              .filter((th) => th.active || chosen.has(th.id))
              .map((th) => (
                <li key={th.id}>
                  <label className="inline-flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="themeIds"
                      value={th.id}
                      defaultChecked={chosen.has(th.id)}
                      className="size-4 accent-sky-800"
                    />
                    {th.name}
                    {!th.active && <span className="text-slate-600"> {t("inactive")}</span>}
                  </label>
                </li>
              ))}
          </ul>
          {errors.length > 0 && (
            <p id="theme-errors" className="mt-1 text-sm text-red-800">
              {errors.join(" ")}
            </p>
          )}
        </fieldset>
        <label htmlFor="theme-reason" className="mt-3 block text-sm font-semibold text-slate-900">
          {t.rich("reason", { note: (c) => <span className="font-normal text-slate-600">{c}</span> })}
        </label>
        <input
          id="theme-reason"
          name="reason"
          maxLength={2000}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
        />
        <SubmitButton>{t("save")}</SubmitButton>
        <FormStatus state={state} />
      </form>
    </details>
  );
}
