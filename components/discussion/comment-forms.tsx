"use client";
// Posting a comment, and its author's correction within the edit window. The text keeps what was typed
// after a refused save (e.g. a mention of nobody), with the reason under the field.
import { addCommentAction, editCommentAction } from "@/lib/comments/actions";
import { fieldId, TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "@/components/admin/form-helpers";
import { MentionAutocomplete } from "./mention-autocomplete";
import { MentionPicker, type MentionChoice } from "./mention-picker";

const HINT = "Mention someone: type @ and the start of their name, or use the Mention list; they are notified.";

export function NewCommentForm({ recommendationId, people }: { recommendationId: string; people: MentionChoice[] }) {
  const [state, action] = useAction(addCommentAction);
  const scope = "comment-new";
  return (
    <form action={action} key={formKey(state)} aria-label="Add a comment" noValidate className="mt-4">
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <TextArea
        scope={scope}
        name="body"
        label="Add a comment"
        rows={4}
        maxLength={5000}
        required
        hint={HINT}
        defaultValue={valueOf(state, "body", "")}
        errors={errorsOf(state)}
      />
      <MentionAutocomplete people={people} textareaId={fieldId({ scope, name: "body" })} />
      <MentionPicker people={people} textareaId={fieldId({ scope, name: "body" })} />
      <SubmitButton>Post comment</SubmitButton>
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
  const [state, action] = useAction(editCommentAction);
  const scope = `comment-${id}`;
  return (
    <form action={action} key={formKey(state)} aria-label="Change your comment" noValidate>
      <input type="hidden" name="id" value={id} />
      <TextArea
        scope={scope}
        name="body"
        label="Your comment"
        rows={4}
        maxLength={5000}
        required
        hint={`You can change it until ${until}; then it is kept as written.`}
        defaultValue={valueOf(state, "body", body)}
        errors={errorsOf(state)}
      />
      <MentionAutocomplete people={people} textareaId={fieldId({ scope, name: "body" })} />
      <MentionPicker people={people} textareaId={fieldId({ scope, name: "body" })} />
      <SubmitButton>Save changes</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["body"])} />
    </form>
  );
}
