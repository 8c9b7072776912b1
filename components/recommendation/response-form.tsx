"use client";
// Records a new answer of the state (a new entry of the series), or corrects
// an entry (a typo, a wrong source: versioned; a change of status needs a
// reason). A stale correction is rebased: see FormStatus.
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addResponseAction, correctResponseAction } from "@/lib/responses/actions";
import { RESPONSE_LIMITS } from "@/lib/responses/schema";
import { recordableResponseOptions, type Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget, SourceFields } from "./entry-form-parts";

export interface StoredResponse extends DatedValues {
  id: string;
  version: number;
  status: string;
  text: string | null;
  statusSentence: string | null;
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

const FIELDS = [
  "status",
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "text",
  "statusSentence",
  "documentId",
  "location",
  "sourceUrl",
  "reason",
];

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredResponse }
);

export function ResponseForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctResponseAction : addResponseAction, {
    prefix: stored ? `r-${stored.id}-` : "r-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  const common = { errors: f.errors };
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? "Correct this response" : "Record a new response"}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <SelectField
        {...common}
        name={f.name("status")}
        label="Status (the state's response)"
        required
        options={recordableResponseOptions}
        emptyLabel="Choose…"
        defaultValue={f.value("status", stored?.status)}
      />
      <DatedFields
        legend="When the response was given"
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={props.today}
      />
      <TextArea
        {...common}
        name={f.name("text")}
        label="Response text"
        rows={6}
        maxLength={RESPONSE_LIMITS.text}
        hint="Quote the authorities' response verbatim."
        defaultValue={f.value("text", stored?.text)}
      />
      <TextField
        {...common}
        name={f.name("statusSentence")}
        label="Closing status sentence"
        maxLength={RESPONSE_LIMITS.statusSentence}
        counter
        hint="As written in the source, e.g. the CEC's closing sentence."
        defaultValue={f.value("statusSentence", stored?.statusSentence)}
      />
      <SourceFields f={f} stored={stored} documents={props.documents} />
      {stored && <CorrectionReason f={f} />}
      <SubmitButton>{stored ? "Save the correction" : "Record the response"}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
