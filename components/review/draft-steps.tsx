"use client";
// The review steps on one draft of either kind (a follow-up draft or a progress update): its author submits it
// (again, after a return); an editor publishes it or returns it with a comment. The server decides who may take
// which step (lib/review/cycle.ts).
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { idle } from "@/lib/actions/result";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import {
  publishDraftAction,
  publishProgressDraftAction,
  returnDraftAction,
  returnProgressDraftAction,
  submitDraftAction,
  submitProgressDraftAction,
} from "@/lib/review/actions";

export type DraftKindName = "follow-up" | "progress";

const STEPS = {
  "follow-up": {
    submit: submitDraftAction,
    publish: publishDraftAction,
    giveBack: returnDraftAction,
    published: "Publishing makes it a follow-up entry that every reader sees, counted in figures, reports and exports.",
  },
  progress: {
    submit: submitProgressDraftAction,
    publish: publishProgressDraftAction,
    giveBack: returnProgressDraftAction,
    published:
      "Publishing records it as the state's response that every reader sees, counted in figures, reports and exports.",
  },
} as const;

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

export function SubmitDraftForm({
  draft,
  again,
  kind = "follow-up",
}: {
  draft: Target;
  again: boolean;
  kind?: DraftKindName;
}) {
  const [state, action] = useAction(STEPS[kind].submit, idle);
  const what = kind === "progress" ? "progress update" : "draft";
  return (
    <form action={action} key={formKey(state)} aria-label={`Submit this ${what} for review`}>
      <Hidden d={draft} />
      <SubmitButton>{again ? "Submit again for review" : "Submit for review"}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, [])} />
    </form>
  );
}

export function ReviewDraftForms({
  draft,
  label,
  kind = "follow-up",
}: {
  draft: Target;
  label: string;
  kind?: DraftKindName;
}) {
  const [published, publish] = useAction(STEPS[kind].publish, idle);
  const [returned, giveBack] = useAction(STEPS[kind].giveBack, idle);
  const errors = errorsOf(returned);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={publish} key={formKey(published)} aria-label={`Publish ${label}`}>
        <Hidden d={draft} />
        <p className="text-sm text-slate-700">{STEPS[kind].published}</p>
        <SubmitButton>Publish</SubmitButton>
        <FormStatus state={withHiddenErrors(published, [])} />
      </form>
      <form action={giveBack} key={formKey(returned)} aria-label={`Return ${label}`} noValidate>
        <Hidden d={draft} />
        <TextArea
          scope={`return-${draft.id}`}
          name="comment"
          label="Comment for the contributor"
          hint={`Say what to change; they see it with the ${kind === "progress" ? "progress update" : "draft"}.`}
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
