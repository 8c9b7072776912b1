"use client";
// Posting a comment, and its author's correction within the edit window. The text keeps what was typed
// after a refused save (e.g. a mention of nobody), with the reason under the field.
import { useTranslations } from "next-intl";
import { addCommentAction, editCommentAction } from "@/lib/comments/actions";
import { fieldId, TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { MentionAutocomplete } from "./mention-autocomplete";
import { MentionPicker, type MentionChoice } from "./mention-picker";

export function NewCommentForm({ recommendationId, people }: { recommendationId: string; people: MentionChoice[] }) {
  const t = useTranslations("discussion.form");
  const [state, action] = useAction(addCommentAction);
  const scope = "comment-new";
  return (
    <form action={action} key={formKey(state)} aria-label={t("add")} noValidate className="mt-4">
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <TextArea
        scope={scope}
        name="body"
        label={t("add")}
        rows={4}
        maxLength={5000}
        required
        hint={t("hint")}
        defaultValue={valueOf(state, "body", "")}
        errors={errorsOf(state)}
      />
      <MentionAutocomplete people={people} textareaId={fieldId({ scope, name: "body" })} />
      <MentionPicker people={people} textareaId={fieldId({ scope, name: "body" })} />
      <SubmitButton>{t("post")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["body"])} />
    </form>
  );
}

export function EditCommentForm({
  id,
  body,
  until,
  people,
}: {
  id: string;
  body: string;
  until: string;
  people: MentionChoice[];
}) {
  const t = useTranslations("discussion");
  const [state, action] = useAction(editCommentAction);
  const scope = `comment-${id}`;
  return (
    <form action={action} key={formKey(state)} aria-label={t("change")} noValidate>
      <input type="hidden" name="id" value={id} />
      <TextArea
        scope={scope}
        name="body"
        label={t("form.yours")}
        rows={4}
        maxLength={5000}
        required
        hint={t("form.until", { until })}
        defaultValue={valueOf(state, "body", body)}
        errors={errorsOf(state)}
      />
      <MentionAutocomplete people={people} textareaId={fieldId({ scope, name: "body" })} />
      <MentionPicker people={people} textareaId={fieldId({ scope, name: "body" })} />
      <SubmitButton>{t("form.save")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["body"])} />
    </form>
  );
}
