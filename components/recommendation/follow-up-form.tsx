"use client";
// Adds a dated follow-up entry with its evidence, or corrects one (a reason
// is required; the earlier version stays in the history).
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addFollowUpAction, correctFollowUpAction } from "@/lib/follow-ups/actions";
import { FOLLOW_UP_LIMITS } from "@/lib/follow-ups/schema";
import { dayExample } from "@/lib/typed-date";
import type { Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget } from "./entry-form-parts";

export interface StoredFollowUp extends DatedValues {
  id: string;
  version: number;
  actionTaken: string;
  institutionId: string | null;
  evidenceDocumentId: string | null;
  evidenceLocation: string | null;
  evidenceUrl: string | null;
  nextStep: string | null;
  targetDate: string;
  internal: boolean;
}

const FIELDS = [
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "actionTaken",
  "institutionId",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
  "internal",
  "reason",
];

type Props = { documents: Option[]; institutions: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredFollowUp }
);

export function FollowUpForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctFollowUpAction : addFollowUpAction, {
    prefix: stored ? `fu-${stored.id}-` : "fu-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  // An unticked checkbox is absent from the form data: after a refused save, absent means unticked.
  const internal = f.state.status === "error" ? f.state.values.internal === "on" : (stored?.internal ?? false);
  const common = { errors: f.errors };
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? "Correct this follow-up entry" : "Add a follow-up entry"}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <DatedFields
        legend="Date of the action"
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={props.today}
      />
      <TextArea
        {...common}
        name={f.name("actionTaken")}
        label="Action taken"
        required
        rows={4}
        maxLength={FOLLOW_UP_LIMITS.actionTaken}
        defaultValue={f.value("actionTaken", stored?.actionTaken)}
      />
      <SelectField
        {...common}
        name={f.name("institutionId")}
        label="Responsible institution"
        options={props.institutions}
        emptyLabel="Not stated"
        defaultValue={f.value("institutionId", stored?.institutionId)}
      />
      <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Evidence</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            {...common}
            name={f.name("evidenceDocumentId")}
            label="Evidence document"
            hint="A document of this or another cycle of the country."
            options={props.documents}
            emptyLabel="None"
            defaultValue={f.value("evidenceDocumentId", stored?.evidenceDocumentId)}
          />
          <TextField
            {...common}
            name={f.name("evidenceLocation")}
            label="Evidence page or section"
            hint="e.g. p. 4, or part II."
            defaultValue={f.value("evidenceLocation", stored?.evidenceLocation)}
          />
        </div>
        <TextField
          {...common}
          name={f.name("evidenceUrl")}
          type="url"
          label="Evidence link"
          hint="Optional: a full web address (https://…)."
          defaultValue={f.value("evidenceUrl", stored?.evidenceUrl)}
        />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          {...common}
          name={f.name("nextStep")}
          label="Next step"
          maxLength={FOLLOW_UP_LIMITS.nextStep}
          defaultValue={f.value("nextStep", stored?.nextStep)}
        />
        <TextField
          {...common}
          name={f.name("targetDate")}
          label="Target date"
          hint={`e.g. ${dayExample()}`}
          defaultValue={f.value("targetDate", stored?.targetDate)}
        />
      </div>
      <CheckboxField
        {...common}
        name={f.name("internal")}
        label="Internal note (a working note, not for publication)"
        defaultChecked={internal}
      />
      {stored && <CorrectionReason f={f} required />}
      <SubmitButton>{stored ? "Save the correction" : "Add the entry"}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
