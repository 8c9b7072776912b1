"use client";
// Adding a country and correcting one (versioned: a stale form is refused with the other change shown).
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createCountryAction, editCountryAction } from "@/lib/cycles/actions";
import { idle } from "@/lib/actions/result";
import { TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";

const SHOWN = ["code", "name"];

export function NewCountryForm() {
  const [state, action] = useAction(createCountryAction, idle);
  const errors = errorsOf(state);
  const t = useTranslations("countries.form");
  return (
    <form action={action} key={formKey(state)} noValidate aria-label={t("new")}>
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          required
          maxLength={2}
          errors={errors}
          defaultValue={valueOf(state, "code", "")}
        />
        <TextField
          name="name"
          label={t("name")}
          required
          maxLength={200}
          errors={errors}
          defaultValue={valueOf(state, "name", "")}
        />
      </div>
      <SubmitButton>{t("add")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, SHOWN)} />
    </form>
  );
}

export function EditCountryForm({ country }: { country: { id: string; version: number; code: string; name: string } }) {
  const [state, action] = useAction(editCountryAction, idle);
  const errors = errorsOf(state);
  const scope = `country-${country.id}`;
  const t = useTranslations("countries.form");
  return (
    <form
      action={action}
      key={`${formKey(state)}-${country.version}`}
      noValidate
      aria-label={t("edit", { name: country.name })}
    >
      <input type="hidden" name="id" value={country.id} />
      <input type="hidden" name="version" value={valueOf(state, "version", String(country.version))} />
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          scope={scope}
          name="code"
          label={t("code")}
          required
          maxLength={2}
          errors={errors}
          defaultValue={valueOf(state, "code", country.code)}
        />
        <TextField
          scope={scope}
          name="name"
          label={t("name")}
          required
          maxLength={200}
          errors={errors}
          defaultValue={valueOf(state, "name", country.name)}
        />
      </div>
      <SubmitButton>{t("save", { name: country.name })}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, SHOWN)} />
    </form>
  );
}
