"use client";
// "Bulk changes" on a cycle's list, for editors: the boxes ticked in the list (inputs with form="bulk-changes")
// get one theme, owner, institution or target date in one step. A box can belong to one form only, so there is
// one form: the chosen change shows its fields (the others are not rendered, so nothing of theirs is sent) and
// picks its action (lib/themes, lib/bulk). Each recommendation's change is its own audit event, all in one
// transaction: if one cannot be saved, none is.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { idle, type ActionState } from "@/lib/actions/result";
import { bulkAssignInstitutionAction, bulkAssignOwnerAction, bulkSetTargetDateAction } from "@/lib/bulk/actions";
import { bulkAssignThemeAction } from "@/lib/themes/actions";
import { BULK_FORM } from "./bulk-form-id";
import { InstitutionFields, OwnerFields, TargetDateFields, ThemeFields, type Option } from "./bulk-fieldsets";

const CHANGES = {
  theme: { action: bulkAssignThemeAction },
  owner: { action: bulkAssignOwnerAction },
  institution: { action: bulkAssignInstitutionAction },
  target: { action: bulkSetTargetDateAction },
} as const;
type Change = keyof typeof CHANGES;
const isChange = (v: unknown): v is Change => typeof v === "string" && v in CHANGES;

// The chosen change says which action runs (`change` is not part of any action's input).
const apply = (prev: ActionState, form: FormData) => {
  const c = form.get("change");
  return CHANGES[isChange(c) ? c : "theme"].action(prev, form);
};

export interface BulkOptions {
  themes: Option[];
  owners: (Option & { group: string })[];
  institutions: Option[];
  today: string;
}

export function BulkChangesForm({ themes, owners, institutions, today }: BulkOptions) {
  const t = useTranslations("bulk");
  const [state, action] = useAction(apply, idle);
  const [change, setChange] = useState<Change>("theme");
  const errors = errorsOf(state);
  const value = (field: string, stored: string) => valueOf(state, field, stored);
  const fields = { errors, value, today };
  return (
    <section
      aria-labelledby="bulk-heading"
      className="no-print mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 id="bulk-heading" className="text-base font-semibold">
        {t("title")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
      {/* Outside the form: a form's reset after each answer must not move the choice. */}
      <fieldset className="mt-3">
        <legend className="text-sm font-semibold text-slate-900">{t("change")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {(Object.keys(CHANGES) as Change[]).map((c) => (
            <label key={c} className="inline-flex items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name="bulk-change"
                value={c}
                checked={change === c}
                onChange={() => setChange(c)}
                className="size-4 accent-sky-800"
              />
              {t(`changes.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <form id={BULK_FORM} action={action} noValidate aria-labelledby="bulk-heading">
        <input type="hidden" name="change" value={change} />
        <div key={`${change}-${formKey(state)}`}>
          {change === "theme" && <ThemeFields themes={themes} {...fields} />}
          {change === "owner" && <OwnerFields owners={owners} {...fields} />}
          {change === "institution" && <InstitutionFields institutions={institutions} {...fields} />}
          {change === "target" && <TargetDateFields institutions={institutions} {...fields} />}
        </div>
        {errors.recommendationIds && (
          <p id="bulk-selection-error" className="mt-3 text-sm font-medium text-rose-800">
            {errors.recommendationIds.join(" ")}
          </p>
        )}
        <SubmitButton>{t("apply")}</SubmitButton>
        <div aria-live="polite">
          <FormStatus state={state} />
        </div>
      </form>
    </section>
  );
}
