"use client";
// The managed list of themes: "Add a theme", and a folded edit form per row (rename, deactivate, reason).
// Edits are versioned like institutions': a stale form is rebased, never saved over someone else's change.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createThemeAction, editThemeAction } from "@/lib/themes/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { CheckboxField, TextField } from "@/components/forms/field";
import { withHiddenErrors } from "@/components/admin/form-helpers";

export function AddThemeForm() {
  const t = useTranslations("themes.admin");
  const [state, action] = useAction(createThemeAction, idle);
  return (
    <form action={action} key={formKey(state)} aria-labelledby="add-theme-heading" noValidate>
      <TextField
        scope="new-theme"
        name="name"
        label={t("name")}
        required
        maxLength={100}
        errors={errorsOf(state)}
        defaultValue={valueOf(state, "name", "")}
      />
      <SubmitButton>{t("add")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["name"])} />
    </form>
  );
}

export function EditThemeForm({ theme }: { theme: { id: string; version: number; name: string; active: boolean } }) {
  const t = useTranslations("themes.admin");
  const [state, action] = useAction(editThemeAction, idle);
  const errors = errorsOf(state);
  const scope = `theme-${theme.id}`;
  const checked = state.status === "error" ? state.values.active === "on" : theme.active;
  return (
    <details>
      <summary className="cursor-pointer rounded-sm text-sm font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800">
        {t.rich("edit", { name: theme.name, sr: (c) => <span className="sr-only">{c}</span> })}
      </summary>
      <form
        action={action}
        key={`${formKey(state)}-${theme.version}`}
        noValidate
        className="mt-3 w-64 rounded border border-slate-200 bg-slate-50 p-3 sm:w-80"
      >
        <input type="hidden" name="id" value={theme.id} />
        <input type="hidden" name="version" value={valueOf(state, "version", String(theme.version))} />
        <TextField
          scope={scope}
          name="name"
          label={t("name")}
          required
          maxLength={100}
          errors={errors}
          defaultValue={valueOf(state, "name", theme.name)}
          className="mt-0"
        />
        <CheckboxField scope={scope} name="active" label={t("active")} defaultChecked={checked} errors={errors} />
        <TextField
          scope={scope}
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          maxLength={2000}
          errors={errors}
          defaultValue={valueOf(state, "reason", "")}
        />
        <SubmitButton>{t("save")}</SubmitButton>
        <FormStatus state={withHiddenErrors(state, ["name", "active", "reason"])} />
      </form>
    </details>
  );
}
