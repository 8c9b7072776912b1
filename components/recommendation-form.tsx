"use client";
// Add (or correct) a recommendation text with its provenance. Used where the
// text was not in our sources: editors type or paste it from the report.
import { useAction } from "@/components/forms/use-action";
import Link from "next/link";
import type { ActionState } from "@/lib/actions/result";
import { idle } from "@/lib/actions/result";
import { PRIORITY } from "@/lib/vocab";
import { SelectField, TextArea, TextField } from "./forms/field";
import { FormStatus } from "./forms/form-status";
import { SubmitButton } from "./forms/submit-button";
import { errorsOf, formKey, valueOf } from "./forms/use-form-values";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
interface Option {
  id: string;
  title: string;
}

export function RecommendationForm({
  action,
  cycleId,
  sections,
  documents,
}: {
  action: Action;
  cycleId: string;
  sections: Option[];
  documents: Option[];
}) {
  const [state, formAction] = useAction(action, idle);
  const errors = errorsOf(state);
  const v = (name: string) => valueOf(state, name, null);
  return (
    <form
      action={formAction}
      method="post"
      noValidate
      key={formKey(state)}
      aria-labelledby="new-rec-heading"
      className="max-w-2xl"
    >
      <h2 id="new-rec-heading" className="sr-only">
        New recommendation
      </h2>
      <input type="hidden" name="cycleId" value={cycleId} />
      <TextField
        name="label"
        label="Number as printed"
        hint="For example 17, or 2(a) for a lettered part."
        required
        errors={errors}
        defaultValue={v("label")}
        maxLength={10}
      />
      <SelectField
        name="sectionId"
        label="Section"
        emptyLabel="No section / not known"
        options={sections.map((s) => ({ value: s.id, label: s.title }))}
        errors={errors}
        defaultValue={v("sectionId")}
      />
      <SelectField
        name="priority"
        label="Priority"
        options={Object.entries(PRIORITY).map(([value, label]) => ({ value, label }))}
        errors={errors}
        defaultValue={v("priority") || "UNSPECIFIED"}
      />
      <TextArea
        name="leadIn"
        label="Shared lead-in (for lettered parts)"
        errors={errors}
        defaultValue={v("leadIn")}
        rows={2}
      />
      <TextArea
        name="text"
        label="Recommendation text, word for word"
        required
        errors={errors}
        defaultValue={v("text")}
        rows={6}
      />
      <SelectField
        name="textVerification"
        label="Checked against the final report?"
        options={[
          { value: "NEEDS_VERIFICATION", label: "Not yet: needs verification" },
          { value: "VERIFIED", label: "Yes: checked word for word" },
        ]}
        errors={errors}
        defaultValue={v("textVerification") || "NEEDS_VERIFICATION"}
      />
      <TextArea
        name="provenance"
        label="Provenance: where this text comes from"
        required
        errors={errors}
        defaultValue={v("provenance")}
        rows={2}
      />
      <SelectField
        name="sourceDocumentId"
        label="Source document"
        emptyLabel="Not among the stored documents"
        options={documents.map((d) => ({ value: d.id, label: d.title }))}
        errors={errors}
        defaultValue={v("sourceDocumentId")}
      />
      <TextField
        name="sourceLocation"
        label="Page or section"
        errors={errors}
        defaultValue={v("sourceLocation")}
        maxLength={300}
      />
      <TextField name="sourceUrl" label="Source link" type="url" errors={errors} defaultValue={v("sourceUrl")} />
      <SubmitButton>Add recommendation</SubmitButton>
      <FormStatus state={state} />
      {state.status === "ok" && state.data?.id && (
        <p className="mt-2">
          <Link href={`/recommendations/${state.data.id}`}>Open the new recommendation</Link>
        </p>
      )}
    </form>
  );
}
