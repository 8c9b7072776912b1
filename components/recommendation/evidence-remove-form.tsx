"use client";
// An editor removes one file from an entry (audited; the bytes stay stored while anything else uses them).
import { useAction } from "@/components/forms/use-action";
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import type { ActionState } from "@/lib/actions/result";
import { Disclosure } from "./disclosure";

export function EvidenceRemoveForm({
  id,
  name,
  action,
}: {
  id: string;
  name: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction] = useAction(action);
  return (
    <Disclosure summary="Remove" tone="danger" compact>
      <form key={formKey(state)} action={formAction} aria-label={`Remove the file ${name}`} noValidate>
        <input type="hidden" name="id" value={id} />
        <TextArea
          name="reason"
          scope={`evidence-remove-${id}`}
          label="Reason"
          rows={2}
          hint="Optional; kept in the history."
          defaultValue={valueOf(state, "reason", "")}
          errors={errorsOf(state)}
        />
        <SubmitButton tone="danger">Remove the file</SubmitButton>
        <FormStatus state={state} />
      </form>
    </Disclosure>
  );
}
