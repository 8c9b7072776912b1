"use client";
// Adding a country and correcting one (versioned: a stale form is refused with the other change shown).
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
  return (
    <form action={action} key={formKey(state)} noValidate aria-label="New country">
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          name="code"
          label="Country code"
          hint="Two letters (ISO 3166-1), e.g. KZ."
          required
          maxLength={2}
          errors={errors}
          defaultValue={valueOf(state, "code", "")}
        />
        <TextField
          name="name"
          label="Name"
          required
          maxLength={200}
          errors={errors}
          defaultValue={valueOf(state, "name", "")}
        />
      </div>
      <SubmitButton>Add country</SubmitButton>
      <FormStatus state={withHiddenErrors(state, SHOWN)} />
    </form>
  );
}

export function EditCountryForm({ country }: { country: { id: string; version: number; code: string; name: string } }) {
  const [state, action] = useAction(editCountryAction, idle);
  const errors = errorsOf(state);
  const scope = `country-${country.id}`;
  return (
    <form action={action} key={`${formKey(state)}-${country.version}`} noValidate aria-label={`Edit ${country.name}`}>
      <input type="hidden" name="id" value={country.id} />
      <input type="hidden" name="version" value={valueOf(state, "version", String(country.version))} />
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          scope={scope}
          name="code"
          label="Country code"
          required
          maxLength={2}
          errors={errors}
          defaultValue={valueOf(state, "code", country.code)}
        />
        <TextField
          scope={scope}
          name="name"
          label="Name"
          required
          maxLength={200}
          errors={errors}
          defaultValue={valueOf(state, "name", country.name)}
        />
      </div>
      <SubmitButton>Save {country.name}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, SHOWN)} />
    </form>
  );
}
