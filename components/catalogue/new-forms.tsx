"use client";
// "New election cycle" and "New document": on success the browser goes to the new page.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { createCycleAction } from "@/lib/cycles/actions";
import { createDocumentAction } from "@/lib/documents/actions";
import { idle } from "@/lib/actions/result";
import { SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { CycleDetailFields, DocumentDetailFields } from "./catalogue-fields";

type Option = { value: string; label: string };

/** Goes to the created record's page once the save is acknowledged. */
function useGoTo(slug: string | undefined, base: string) {
  const router = useRouter();
  useEffect(() => {
    if (slug) router.push(`${base}/${encodeURIComponent(slug)}`);
  }, [slug, base, router]);
}

const CYCLE_SHOWN = [
  "countryId",
  "electionType",
  "title",
  "electionDate",
  "isEarly",
  "finalReportTitle",
  "finalReportDate",
  "finalReportPlace",
  "finalReportUrl",
  "recommendationCount",
  "notes",
];

export function NewCycleForm({ countries, electionTypes }: { countries: Option[]; electionTypes: Option[] }) {
  const [state, action] = useActionState(createCycleAction, idle);
  useGoTo(state.status === "ok" ? state.data?.slug : undefined, "/cycles");
  const errors = errorsOf(state);
  const v = (name: string) =>
    valueOf(state, name, name === "countryId" && countries.length === 1 ? countries[0]!.value : "");
  const early = state.status === "error" ? state.values.isEarly === "on" : false;
  const t = useTranslations("catalogue.new");
  return (
    <form action={action} key={formKey(state)} noValidate aria-label={t("cycle")}>
      <SelectField
        name="countryId"
        label={t("country")}
        required
        options={countries}
        emptyLabel={t("choose")}
        errors={errors}
        defaultValue={v("countryId")}
      />
      <SelectField
        name="electionType"
        label={t("electionType")}
        required
        options={electionTypes}
        emptyLabel={t("choose")}
        errors={errors}
        defaultValue={v("electionType")}
      />
      <CycleDetailFields v={v} errors={errors} early={early} />
      <SubmitButton>{t("createCycle")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, CYCLE_SHOWN)} />
    </form>
  );
}

const DOCUMENT_SHOWN = ["type", "title", "issuer", "issuedOn", "place", "sourceUrl"];

export function NewDocumentForm({ cycleId }: { cycleId: string }) {
  const [state, action] = useActionState(createDocumentAction, idle);
  useGoTo(state.status === "ok" ? state.data?.slug : undefined, "/documents");
  const errors = errorsOf(state);
  const v = (name: string) => valueOf(state, name, "");
  const t = useTranslations("catalogue.new");
  return (
    <form action={action} key={formKey(state)} noValidate aria-label={t("document")}>
      <input type="hidden" name="cycleId" value={cycleId} />
      <DocumentDetailFields v={v} errors={errors} />
      <SubmitButton>{t("createDocument")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, DOCUMENT_SHOWN)} />
    </form>
  );
}
