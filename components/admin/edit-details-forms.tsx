"use client";
// Admin edit forms for an election cycle's and a document's details. Both are
// versioned: a stale form is refused with the other person's changes listed,
// and what the user typed stays in the form (valueOf/formKey).
import { useAction } from "@/components/forms/use-action";
import { editCycleAction, editDocumentAction } from "@/lib/users/actions";
import { idle, type ActionState } from "@/lib/actions/result";
import { CheckboxField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "./form-helpers";

export interface CycleDetails {
  id: string;
  version: number;
  title: string;
  electionDate: string;
  isEarly: boolean;
  finalReportTitle: string;
  finalReportDate: string;
  finalReportPlace: string;
  finalReportUrl: string;
  notes: string;
}

export interface DocumentDetails {
  id: string;
  version: number;
  title: string;
  issuer: string;
  issuedOn: string;
  place: string;
  sourceUrl: string;
}

function ReasonField({ state }: { state: ActionState }) {
  return (
    <TextArea
      name="reason"
      label="Reason for the change"
      hint="Optional, but helps readers of the audit history, e.g. “Date corrected against the final report, p. 1”."
      rows={2}
      maxLength={2000}
      errors={errorsOf(state)}
      defaultValue={valueOf(state, "reason", "")}
    />
  );
}

const CYCLE_FIELDS = [
  "title",
  "electionDate",
  "isEarly",
  "finalReportTitle",
  "finalReportDate",
  "finalReportPlace",
  "finalReportUrl",
  "notes",
  "reason",
];

export function EditCycleForm({ cycle }: { cycle: CycleDetails }) {
  const [state, action] = useAction(editCycleAction, idle);
  const errors = errorsOf(state);
  const v = (name: keyof CycleDetails) => valueOf(state, name, String(cycle[name]));
  const early = state.status === "error" ? state.values.isEarly === "on" : cycle.isEarly;
  return (
    <form action={action} key={`${formKey(state)}-${cycle.version}`} noValidate aria-label="Cycle details">
      <input type="hidden" name="id" value={cycle.id} />
      <input type="hidden" name="version" value={v("version")} />
      <TextField name="title" label="Title" required maxLength={300} errors={errors} defaultValue={v("title")} />
      <TextField
        name="electionDate"
        type="date"
        label="Election date"
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
          maxLength={500}
          errors={errors}
          defaultValue={v("finalReportTitle")}
        />
        <TextField
          name="finalReportDate"
          type="date"
          label="Date of the final report"
          errors={errors}
          defaultValue={v("finalReportDate")}
        />
        <TextField
          name="finalReportPlace"
          label="Place of publication"
          hint="e.g. Warsaw."
          maxLength={200}
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
      </fieldset>
      <TextArea name="notes" label="Notes" rows={5} maxLength={5000} errors={errors} defaultValue={v("notes")} />
      <ReasonField state={state} />
      <SubmitButton>Save cycle details</SubmitButton>
      <FormStatus state={withHiddenErrors(state, CYCLE_FIELDS)} />
    </form>
  );
}

const DOCUMENT_FIELDS = ["title", "issuer", "issuedOn", "place", "sourceUrl", "reason"];

export function EditDocumentForm({ document }: { document: DocumentDetails }) {
  const [state, action] = useAction(editDocumentAction, idle);
  const errors = errorsOf(state);
  const v = (name: keyof DocumentDetails) => valueOf(state, name, String(document[name]));
  return (
    <form action={action} key={`${formKey(state)}-${document.version}`} noValidate aria-label="Document details">
      <input type="hidden" name="id" value={document.id} />
      <input type="hidden" name="version" value={v("version")} />
      <TextField name="title" label="Title" required maxLength={500} errors={errors} defaultValue={v("title")} />
      <TextField
        name="issuer"
        label="Issuer"
        required
        hint="Who issued it, e.g. Central Election Commission of the Republic of Kazakhstan."
        maxLength={300}
        errors={errors}
        defaultValue={v("issuer")}
      />
      <TextField
        name="issuedOn"
        type="date"
        label="Date"
        hint="Leave empty if the document is undated."
        errors={errors}
        defaultValue={v("issuedOn")}
      />
      <TextField name="place" label="Place" maxLength={200} errors={errors} defaultValue={v("place")} />
      <TextField
        name="sourceUrl"
        type="url"
        label="Source link"
        hint="A full web address (https://…)."
        maxLength={2000}
        errors={errors}
        defaultValue={v("sourceUrl")}
      />
      <ReasonField state={state} />
      <SubmitButton>Save document details</SubmitButton>
      <FormStatus state={withHiddenErrors(state, DOCUMENT_FIELDS)} />
    </form>
  );
}
