// The fields of a cycle's and a document's details, shared by the "new" and "edit" forms (client components:
// the words come from the "catalogue" namespace; document types from "documents").
import { useLocale, useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { DOCUMENT_TYPE } from "@/lib/vocab";
import { CYCLE_LIMITS } from "@/lib/cycles/limits";
import { DOCUMENT_LIMITS } from "@/lib/documents/schema";
import { dayExample, type DateLocale } from "@/lib/typed-date";

type Errors = Record<string, string[]>;
type Value = (name: string) => string;

export function CycleDetailFields({ v, errors, early }: { v: Value; errors: Errors; early: boolean }) {
  const t = useTranslations("catalogue.cycle");
  const example = dayExample(useLocale() as DateLocale);
  return (
    <>
      <TextField
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        required
        maxLength={CYCLE_LIMITS.title}
        counter
        errors={errors}
        defaultValue={v("title")}
      />
      <TextField
        name="electionDate"
        label={t("electionDate")}
        hint={t("electionDateHint", { example })}
        required
        errors={errors}
        defaultValue={v("electionDate")}
      />
      <CheckboxField name="isEarly" label={t("early")} errors={errors} defaultChecked={early} />
      <fieldset className="mt-6 rounded border border-slate-200 px-4 pb-4">
        <legend className="px-1 text-base font-semibold">{t("report")}</legend>
        <TextField
          name="finalReportTitle"
          label={t("reportTitle")}
          maxLength={CYCLE_LIMITS.finalReportTitle}
          counter
          errors={errors}
          defaultValue={v("finalReportTitle")}
        />
        <TextField
          name="finalReportDate"
          label={t("reportDate")}
          hint={t("reportDateHint", { example })}
          errors={errors}
          defaultValue={v("finalReportDate")}
        />
        <TextField
          name="finalReportPlace"
          label={t("reportPlace")}
          hint={t("placeHint")}
          maxLength={CYCLE_LIMITS.finalReportPlace}
          errors={errors}
          defaultValue={v("finalReportPlace")}
        />
        <TextField
          name="finalReportUrl"
          type="url"
          label={t("reportUrl")}
          hint={t("urlHint")}
          maxLength={2000}
          errors={errors}
          defaultValue={v("finalReportUrl")}
        />
        <TextField
          name="recommendationCount"
          label={t("count")}
          hint={t("countHint")}
          maxLength={5}
          errors={errors}
          defaultValue={v("recommendationCount")}
        />
      </fieldset>
      <TextArea
        name="notes"
        label={t("notes")}
        rows={5}
        maxLength={CYCLE_LIMITS.notes}
        errors={errors}
        defaultValue={v("notes")}
      />
    </>
  );
}

export function DocumentDetailFields({ v, errors }: { v: Value; errors: Errors }) {
  const t = useTranslations("catalogue.document");
  const types = useTranslations("documents.type");
  const example = dayExample(useLocale() as DateLocale);
  const typeOptions = Object.keys(DOCUMENT_TYPE).map((value) => ({ value, label: types(value) }));
  return (
    <>
      <SelectField
        name="type"
        label={t("type")}
        required
        options={typeOptions}
        emptyLabel={t("choose")}
        errors={errors}
        defaultValue={v("type")}
      />
      <TextField
        name="title"
        label={t("title")}
        required
        maxLength={DOCUMENT_LIMITS.title}
        counter
        errors={errors}
        defaultValue={v("title")}
      />
      <TextField
        name="issuer"
        label={t("issuer")}
        required
        hint={t("issuerHint")}
        maxLength={DOCUMENT_LIMITS.issuer}
        errors={errors}
        defaultValue={v("issuer")}
      />
      <TextField
        name="issuedOn"
        label={t("date")}
        hint={t("dateHint", { example })}
        errors={errors}
        defaultValue={v("issuedOn")}
      />
      <TextField
        name="place"
        label={t("place")}
        hint={t("placeHint")}
        maxLength={DOCUMENT_LIMITS.place}
        errors={errors}
        defaultValue={v("place")}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label={t("sourceUrl")}
        hint={t("urlHint")}
        maxLength={2000}
        errors={errors}
        defaultValue={v("sourceUrl")}
      />
    </>
  );
}
