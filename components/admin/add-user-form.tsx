"use client";
// "Add a user": an account with an initial password the admin hands over.
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { createUserAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { SelectField, TextField } from "@/components/forms/field";
import { useHiddenErrors } from "@/components/forms/use-hidden-errors";
import { roleOptions } from "./roles";
import { InstitutionField } from "./institution-field";
import type { Option } from "@/components/recommendation/options";

const SCOPE = "new-user";

export function AddUserForm({ institutions }: { institutions: Option[] }) {
  const [state, action] = useAction(createUserAction, idle);
  const shownState = useHiddenErrors(state, ["name", "email", "role", "institutionId", "password"]);
  const errors = errorsOf(state);
  const t = useTranslations("users.form");
  const roles = useTranslations("role");
  return (
    <form action={action} key={formKey(state)} aria-labelledby="add-user-heading" noValidate>
      <TextField
        scope={SCOPE}
        name="name"
        label={t("name")}
        required
        maxLength={200}
        autoComplete="off"
        errors={errors}
        defaultValue={valueOf(state, "name", "")}
      />
      <TextField
        scope={SCOPE}
        name="email"
        type="email"
        label={t("email")}
        required
        maxLength={254}
        autoComplete="off"
        errors={errors}
        defaultValue={valueOf(state, "email", "")}
      />
      <SelectField
        scope={SCOPE}
        name="role"
        label={t("role")}
        required
        emptyLabel={t("chooseRole")}
        options={roleOptions(roles)}
        errors={errors}
        defaultValue={valueOf(state, "role", "")}
      />
      <InstitutionField
        scope={SCOPE}
        options={institutions}
        errors={errors}
        defaultValue={valueOf(state, "institutionId", "")}
      />
      <TextField
        scope={SCOPE}
        name="password"
        type="password"
        label={t("password")}
        required
        maxLength={200}
        autoComplete="new-password"
        hint={t("passwordHint")}
        errors={errors}
        defaultValue={valueOf(state, "password", "")}
      />
      <SubmitButton>{t("add")}</SubmitButton>
      <FormStatus state={shownState} />
    </form>
  );
}
