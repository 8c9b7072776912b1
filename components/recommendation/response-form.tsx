"use client";
// "Edit response": records or revises the state's response. A change of
// status needs a reason; a stale form is refused with what changed meanwhile.
import { TextArea, TextField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveStateResponseAction } from "@/lib/responses/actions";
import { Disclosure } from "./disclosure";
import { labelsOf, stateResponseOptions, type Option } from "./options";
import { useScopedForm } from "./use-scoped-form";

export interface StoredResponse {
  version: number;
  status: string;
  text: string | null;
  statusSentence: string | null;
  respondedOn: string;
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

const FIELDS = ["status", "text", "statusSentence", "respondedOn", "documentId", "location", "sourceUrl", "reason"];

export function ResponseForm({ recommendationId, stored, documents }: { recommendationId: string; stored: StoredResponse; documents: Option[] }) {
  const f = useScopedForm(saveStateResponseAction, { prefix: "resp-", visible: FIELDS, version: stored.version, labels: { status: labelsOf(stateResponseOptions), documentId: labelsOf(documents) } });
  return (
    <Disclosure summary="Edit response">
      <form key={f.key} action={f.formAction} onChange={f.onChange} aria-label="Edit the state's response" noValidate>
        <input type="hidden" name="recommendationId" value={recommendationId} />
        <input type="hidden" name="version" value={f.version} />
        <SelectField name={f.name("status")} label="Status (state's response)" required options={stateResponseOptions} defaultValue={f.value("status", stored.status)} errors={f.errors} />
        <TextArea name={f.name("text")} label="Response text" rows={8} hint="Quote the authorities' response verbatim." defaultValue={f.value("text", stored.text)} errors={f.errors} />
        <TextField name={f.name("statusSentence")} label="Closing status sentence" hint="As written in the source, e.g. the CEC's closing sentence." defaultValue={f.value("statusSentence", stored.statusSentence)} errors={f.errors} />
        <TextField name={f.name("respondedOn")} type="date" label="Date of the response" defaultValue={f.value("respondedOn", stored.respondedOn)} errors={f.errors} />
        <SelectField name={f.name("documentId")} label="Source document" options={documents} emptyLabel="Not recorded" defaultValue={f.value("documentId", stored.documentId)} errors={f.errors} />
        <TextField name={f.name("location")} label="Page or section" defaultValue={f.value("location", stored.location)} errors={f.errors} />
        <TextField name={f.name("sourceUrl")} type="url" label="Link to the source" hint="Optional: a full web address (https://…)." defaultValue={f.value("sourceUrl", stored.sourceUrl)} errors={f.errors} />
        <TextArea name={f.name("reason")} label="Reason for the change" rows={3} hint="Required when the status changes; kept in the history." defaultValue={f.value("reason", "")} errors={f.errors} />
        <SubmitButton>Save the response</SubmitButton>
        <FormStatus state={f.status} />
      </form>
    </Disclosure>
  );
}
