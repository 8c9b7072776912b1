"use client";
// Responsible institutions, for editors: "Remove" per assigned institution
// and an "Assign" select. Both share one status message, kept below the list
// (not in the removed row) so the latest outcome is seen and announced.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED } from "@/components/forms/dated-field";
import { SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/result";
import { assignInstitutionAction, unassignInstitutionAction } from "@/lib/institutions/actions";
import type { Option } from "./options";
import { useScopedForm } from "./use-scoped-form";

interface Props {
  recommendationId: string;
  assigned: (Option & { since: ReactNode })[];
  available: Option[];
  today: string;
}

// The button pressed says which action runs (`op` is not part of either action's input).
const assignOrRemove = (prev: ActionState, form: FormData) =>
  form.get("op") === "remove" ? unassignInstitutionAction(prev, form) : assignInstitutionAction(prev, form);

export function InstitutionControls({ recommendationId, assigned, available, today }: Props) {
  const f = useScopedForm(assignOrRemove, {
    prefix: "inst-",
    visible: ["institutionId", "date", "notBefore", "notAfter", "dateNote"],
  });
  const t = useTranslations("recommendation");
  const tf = useTranslations("forms");
  return (
    <>
      {assigned.length === 0 ? (
        <p className="mt-3 text-slate-800">{t("noInstitution")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200">
          {assigned.map((i) => (
            <li key={i.value} className="flex items-center justify-between gap-4 px-3 py-2">
              <span>
                {i.label}{" "}
                <span className="text-sm text-slate-700">{t.rich("responsibleSince", { since: () => i.since })}</span>
              </span>
              <form action={f.formAction} className="no-print">
                <input type="hidden" name="op" value="remove" />
                <input type="hidden" name="recommendationId" value={recommendationId} />
                <input type="hidden" name="institutionId" value={i.value} />
                <button
                  type="submit"
                  className="rounded border border-rose-800 px-3 py-1 text-sm font-semibold text-rose-800 hover:bg-rose-50"
                >
                  {t.rich("removeInstitution", {
                    name: i.label,
                    sr: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {available.length === 0 ? (
        <p className="no-print mt-3 text-sm text-slate-700">{t("noOtherInstitution")}</p>
      ) : (
        <form key={f.key} action={f.formAction} aria-label={t("assignInstitution")} className="no-print" noValidate>
          <input type="hidden" name="recommendationId" value={recommendationId} />
          <SelectField
            name={f.name("institutionId")}
            label={t("institutionToAssign")}
            options={available}
            emptyLabel={tf("choose")}
            defaultValue={f.value("institutionId", "")}
            errors={f.errors}
          />
          <DatedFields
            legend={t("responsibleSinceLegend")}
            name={f.name}
            value={f.value}
            stored={EMPTY_DATED}
            errors={f.errors}
            today={today}
          />
          <SubmitButton>{t("assign")}</SubmitButton>
        </form>
      )}
      <FormStatus state={f.status} />
    </>
  );
}
