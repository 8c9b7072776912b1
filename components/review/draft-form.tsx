"use client";
// A contributor writes a follow-up draft, or changes one that is still a draft or was returned to them. It is
// seen by nobody else until they submit it; an editor then publishes it or returns it with a comment. The fields
// are a follow-up entry's (components/recommendation/follow-up-fields.tsx).
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useScopedForm } from "@/components/recommendation/use-scoped-form";
import type { Option } from "@/components/recommendation/options";
import { EntryTarget } from "@/components/recommendation/entry-form-parts";
import {
  FOLLOW_UP_FIELDS,
  FollowUpFields,
  type StoredFollowUpFields,
} from "@/components/recommendation/follow-up-fields";
import { createDraftAction, editDraftAction } from "@/lib/review/actions";

export interface StoredDraft extends StoredFollowUpFields {
  id: string;
  version: number;
}

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "edit"; stored: StoredDraft }
);

export function DraftForm(props: Props) {
  const t = useTranslations("review.form");
  const stored = props.mode === "edit" ? props.stored : null;
  const f = useScopedForm(stored ? editDraftAction : createDraftAction, {
    prefix: stored ? `draft-${stored.id}-` : "draft-new-",
    visible: FOLLOW_UP_FIELDS,
    version: stored?.version,
  });
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("changeDraft") : t("writeDraft")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <FollowUpFields f={f} stored={stored} documents={props.documents} today={props.today} />
      <SubmitButton>{stored ? t("saveChanges") : t("saveDraft")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
