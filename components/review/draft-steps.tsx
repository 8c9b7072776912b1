"use client";
// The review steps on one draft of either kind (a follow-up draft or a progress update): its author submits it
// (again, after a return); an editor publishes it or returns it with a comment. The server decides who may take
// which step (lib/review/cycle.ts).
import { useTranslations } from "next-intl";
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
    words: { published: "publishedFollowUp", submit: "submitFollowUp", publish: "publishFollowUp" },
    more: { giveBack: "returnFollowUp", hint: "commentHintFollowUp" },
  },
  progress: {
    submit: submitProgressDraftAction,
    publish: publishProgressDraftAction,
    giveBack: returnProgressDraftAction,
    words: { published: "publishedProgress", submit: "submitProgress", publish: "publishProgress" },
    more: { giveBack: "returnProgress", hint: "commentHintProgress" },
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
  const t = useTranslations("review.steps");
  const [state, action] = useAction(STEPS[kind].submit, idle);
  return (
    <form action={action} key={formKey(state)} aria-label={t(STEPS[kind].words.submit)}>
      <Hidden d={draft} />
      <SubmitButton>{again ? t("submitAgain") : t("submit")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, [])} />
    </form>
  );
}

export function ReviewDraftForms({
  draft,
  author,
  kind = "follow-up",
}: {
  draft: Target;
  /** The author's name (null: a user since removed). */
  author: string | null;
  kind?: DraftKindName;
}) {
  const t = useTranslations("review.steps");
  const who = { author: author ?? t("aContributor") };
  const words = { ...STEPS[kind].words, ...STEPS[kind].more };
  const [published, publish] = useAction(STEPS[kind].publish, idle);
  const [returned, giveBack] = useAction(STEPS[kind].giveBack, idle);
  const errors = errorsOf(returned);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={publish} key={formKey(published)} aria-label={t(words.publish, who)}>
        <Hidden d={draft} />
        <p className="text-sm text-slate-700">{t(words.published)}</p>
        <SubmitButton>{t("publish")}</SubmitButton>
        <FormStatus state={withHiddenErrors(published, [])} />
      </form>
      <form action={giveBack} key={formKey(returned)} aria-label={t(words.giveBack, who)} noValidate>
        <Hidden d={draft} />
        <TextArea
          scope={`return-${draft.id}`}
          name="comment"
          label={t("comment")}
          hint={t(words.hint)}
          required
          rows={3}
          errors={errors}
          defaultValue={valueOf(returned, "comment", "")}
          className="mt-0"
        />
        <SubmitButton tone="danger">{t("returnWithComment")}</SubmitButton>
        <FormStatus state={withHiddenErrors(returned, ["comment"])} />
      </form>
    </div>
  );
}
