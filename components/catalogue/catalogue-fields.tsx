// The fields of a cycle's and a document's details, shared by the "new" and "edit" forms.
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { DOCUMENT_TYPE } from "@/lib/vocab";
import { CYCLE_LIMITS } from "@/lib/cycles/limits";
import { DOCUMENT_LIMITS } from "@/lib/documents/schema";
import { dayExample } from "@/lib/typed-date";

type Errors = Record<string, string[]>;
type Value = (name: string) => string;

export function CycleDetailFields({ v, errors, early }: { v: Value; errors: Errors; early: boolean }) {
  return (
    <>
      <TextField
        name="title"
        label="Title"
        hint="e.g. Early parliamentary (Mazhilis) elections."
        required
        maxLength={CYCLE_LIMITS.title}
        counter
        errors={errors}
        defaultValue={v("title")}
      />
      <TextField
        name="electionDate"
        label="Election date"
        hint={`Election day (the first round), e.g. ${dayExample()}; the cycle is named after its year.`}
        required
        errors={errors}
        defaultValue={v("electionDate")}
      />
      <CheckboxField name="isEarly" label="Early election" errors={errors} defaultChecked={early} />
      <fieldset className="mt-6 rounded border border-slate-200 px-4 pb-4">
        <legend className="px-1 text-base font-semibold">ODIHR final report</legend>
        <TextField
          name="finalReportTitle"
          label="Title of the final report"
          maxLength={CYCLE_LIMITS.finalReportTitle}
          counter
          errors={errors}
          defaultValue={v("finalReportTitle")}
        />
        <TextField
          name="finalReportDate"
          label="Date of the final report"
          hint={`e.g. ${dayExample()}.`}
          errors={errors}
          defaultValue={v("finalReportDate")}
        />
        <TextField
          name="finalReportPlace"
          label="Place of publication"
          hint="e.g. Warsaw."
          maxLength={CYCLE_LIMITS.finalReportPlace}
          errors={errors}
          defaultValue={v("finalReportPlace")}
        />
        <TextField
          name="finalReportUrl"
          type="url"
          label="Link to the final report"
          hint="A full web address (https://…)."
          maxLength={2000}
          errors={errors}
          defaultValue={v("finalReportUrl")}
        />
        <TextField
          name="recommendationCount"
          label="Number of recommendations the report gives"
          hint="As the report or another source states it (numbered recommendations). Leave empty if not known: the tracker then shows no coverage figure."
          maxLength={5}
          errors={errors}
          defaultValue={v("recommendationCount")}
        />
      </fieldset>
      <TextArea
        name="notes"
        label="Notes"
        rows={5}
        maxLength={CYCLE_LIMITS.notes}
        errors={errors}
        defaultValue={v("notes")}
      />
    </>
  );
}

export const documentTypeOptions = Object.entries(DOCUMENT_TYPE).map(([value, label]) => ({ value, label }));

export function DocumentDetailFields({ v, errors }: { v: Value; errors: Errors }) {
  return (
    <>
      <SelectField
        name="type"
        label="Type of document"
        required
        options={documentTypeOptions}
        emptyLabel="Choose…"
        errors={errors}
        defaultValue={v("type")}
      />
      <TextField
        name="title"
        label="Title"
        required
        maxLength={DOCUMENT_LIMITS.title}
        counter
        errors={errors}
        defaultValue={v("title")}
      />
      <TextField
        name="issuer"
        label="Issuer"
        required
        hint="Who issued it, e.g. OSCE/ODIHR, or Central Election Commission of the Republic of Kazakhstan."
        maxLength={DOCUMENT_LIMITS.issuer}
        errors={errors}
        defaultValue={v("issuer")}
      />
      <TextField
        name="issuedOn"
        label="Date"
        hint={`e.g. ${dayExample()}. Leave empty if the document is undated.`}
        errors={errors}
        defaultValue={v("issuedOn")}
      />
      <TextField
        name="place"
        label="Place"
        hint="e.g. Warsaw."
        maxLength={DOCUMENT_LIMITS.place}
        errors={errors}
        defaultValue={v("place")}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label="Source link"
        hint="A full web address (https://…)."
        maxLength={2000}
        errors={errors}
        defaultValue={v("sourceUrl")}
      />
    </>
  );
}
