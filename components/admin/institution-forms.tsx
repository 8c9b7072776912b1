"use client";
// Responsible institutions: "Add an institution", and a folded edit form per
// row (name, abbreviation, description, active, reason). Edits are versioned:
// if someone saved meanwhile, the server lists their changes and keeps ours.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createInstitutionAction, editInstitutionAction } from "@/lib/institutions/actions";
import { idle, type ActionState } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { CheckboxField, TextArea, TextField } from "@/components/forms/field";
import { withHiddenErrors } from "./form-helpers";

export interface EditableInstitution {
  id: string;
  version: number;
  name: string;
  abbreviation: string | null;
  description: string | null;
  active: boolean;
}

function InstitutionFields({
  scope,
  state,
  stored,
}: {
  scope: string;
  state: ActionState;
  stored?: EditableInstitution;
}) {
  const errors = errorsOf(state);
  const t = useTranslations("institutions.form");
  return (
    <>
      <TextField
        scope={scope}
        name="name"
        label={t("name")}
        required
        maxLength={200}
        errors={errors}
        defaultValue={valueOf(state, "name", stored?.name)}
        className={stored ? "mt-0" : undefined}
      />
      <TextField
        scope={scope}
        name="abbreviation"
        label={t("abbreviation")}
        hint={t("abbreviationHint")}
        maxLength={30}
        errors={errors}
        defaultValue={valueOf(state, "abbreviation", stored?.abbreviation)}
      />
      <TextArea
        scope={scope}
        name="description"
        label={t("description")}
        hint={t("optional")}
        rows={3}
        maxLength={2000}
        errors={errors}
        defaultValue={valueOf(state, "description", stored?.description)}
      />
    </>
  );
}

export function AddInstitutionForm() {
  const [state, action] = useAction(createInstitutionAction, idle);
  const t = useTranslations("institutions.form");
  return (
    <form action={action} key={formKey(state)} aria-labelledby="add-institution-heading" noValidate>
      <InstitutionFields scope="new-institution" state={state} />
      <SubmitButton>{t("add")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["name", "abbreviation", "description"])} />
    </form>
  );
}

export function EditInstitutionForm({ institution }: { institution: EditableInstitution }) {
  const [state, action] = useAction(editInstitutionAction, idle);
  const errors = errorsOf(state);
  const scope = `institution-${institution.id}`;
  const checked = state.status === "error" ? state.values.active === "on" : institution.active;
  const t = useTranslations("institutions.form");
  const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;
  return (
    <details>
      <summary className="cursor-pointer rounded-sm text-sm font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800">
        {t.rich("edit", { name: institution.name, hidden })}
      </summary>
      {/* The version is part of the key: after a save the form shows the new stored values. */}
      <form
        action={action}
        key={`${formKey(state)}-${institution.version}`}
        noValidate
        className="mt-3 w-64 rounded border border-slate-200 bg-slate-50 p-3 sm:w-80"
      >
        <input type="hidden" name="id" value={institution.id} />
        <input type="hidden" name="version" value={valueOf(state, "version", String(institution.version))} />
        <InstitutionFields scope={scope} state={state} stored={institution} />
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
        <FormStatus state={withHiddenErrors(state, ["name", "abbreviation", "description", "active", "reason"])} />
      </form>
    </details>
  );
}
