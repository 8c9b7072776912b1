// The institution a user belongs to, next to their role: required for a contributor (its focal point).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("users.form");
  const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;
  return (
    <SelectField
      scope={scope}
      name="institutionId"
      label={forName ? t.rich("institutionOf", { name: forName, hidden }) : t("institution")}
      hint={t("institutionHint")}
      emptyLabel={t("noInstitution")}
      options={options}
      errors={errors}
      defaultValue={defaultValue}
      className="mt-3"
    />
  );
}
