"use client";
// "Add a user": an account with an initial password the admin hands over.
import { useAction } from "@/components/forms/use-action";
import { createUserAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { SelectField, TextField } from "@/components/forms/field";
import { withHiddenErrors } from "./form-helpers";
import { ROLE_OPTIONS } from "./roles";
import { InstitutionField } from "./institution-field";
import type { Option } from "@/components/recommendation/options";

const SCOPE = "new-user";

export function AddUserForm({ institutions }: { institutions: Option[] }) {
  const [state, action] = useAction(createUserAction, idle);
  const errors = errorsOf(state);
  return (
    <form action={action} key={formKey(state)} aria-labelledby="add-user-heading" noValidate>
      <TextField
        scope={SCOPE}
        name="name"
        label="Name"
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
        label="Email"
        required
        maxLength={254}
        autoComplete="off"
        errors={errors}
        defaultValue={valueOf(state, "email", "")}
      />
      <SelectField
        scope={SCOPE}
        name="role"
        label="Role"
        required
        emptyLabel="Choose a role"
        options={ROLE_OPTIONS}
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
        label="Initial password"
        required
        maxLength={200}
        autoComplete="new-password"
        hint="At least 12 characters. Give it to the person through a safe channel, not in the same message as the email address."
        errors={errors}
        defaultValue={valueOf(state, "password", "")}
      />
      <SubmitButton>Add user</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["name", "email", "role", "institutionId", "password"])} />
    </form>
  );
}
