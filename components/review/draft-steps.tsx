"use client";
// The review steps on one draft: its author submits it (again, after a return); an editor publishes it or
// returns it with a comment. The server decides who may take which step (lib/review/mutations.ts).
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { idle } from "@/lib/actions/result";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { publishDraftAction, returnDraftAction, submitDraftAction } from "@/lib/review/actions";

interface Target {
  id: string;
  version: number;
}

function Hidden({ d }: { d: Target }) {
  return (
    <>
      <input type="hidden" name="id" value={d.id} />
      <input type="hidden" name="version" value={d.version} />
    </>
  );
}

export function SubmitDraftForm({ draft, again }: { draft: Target; again: boolean }) {
  const [state, action] = useAction(submitDraftAction, idle);
  return (
    <form action={action} key={formKey(state)} aria-label="Submit this draft for review">
      <Hidden d={draft} />
      <SubmitButton>{again ? "Submit again for review" : "Submit for review"}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, [])} />
    </form>
  );
}

export function ReviewDraftForms({ draft, label }: { draft: Target; label: string }) {
  const [published, publish] = useAction(publishDraftAction, idle);
  const [returned, giveBack] = useAction(returnDraftAction, idle);
  const errors = errorsOf(returned);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={publish} key={formKey(published)} aria-label={`Publish ${label}`}>
        <Hidden d={draft} />
        <p className="text-sm text-slate-700">
          Publishing makes it a follow-up entry that every reader sees, counted in figures, reports and exports.
        </p>
        <SubmitButton>Publish</SubmitButton>
        <FormStatus state={withHiddenErrors(published, [])} />
      </form>
      <form action={giveBack} key={formKey(returned)} aria-label={`Return ${label}`} noValidate>
        <Hidden d={draft} />
        <TextArea
          scope={`return-${draft.id}`}
          name="comment"
          label="Comment for the contributor"
          hint="Say what to change; they see it with the draft."
          required
          rows={3}
          errors={errors}
          defaultValue={valueOf(returned, "comment", "")}
          className="mt-0"
        />
        <SubmitButton tone="danger">Return with comment</SubmitButton>
        <FormStatus state={withHiddenErrors(returned, ["comment"])} />
      </form>
    </div>
  );
}
