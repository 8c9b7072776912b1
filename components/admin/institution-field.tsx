// The institution a user belongs to, next to their role: required for a contributor (its focal point).
import { SelectField } from "@/components/forms/field";
import type { Option } from "@/components/recommendation/options";

export function InstitutionField({
  scope,
  options,
  errors,
  defaultValue,
  forName,
}: {
  scope: string;
  options: Option[];
  errors: Record<string, string[]>;
  defaultValue: string;
  /** Whose institution, for screen readers in a table of users. */
  forName?: string;
}) {
  return (
    <SelectField
      scope={scope}
      name="institutionId"
      label={<>Institution{forName && <span className="sr-only"> of {forName}</span>}</>}
      hint="Required for a contributor: they follow up the recommendations assigned to it."
      emptyLabel="None"
      options={options}
      errors={errors}
      defaultValue={defaultValue}
      className="mt-3"
    />
  );
}
