"use client";
// A contributor writes a progress update (where the recommendation stands, in the state's vocabulary), or changes
// one that is still a draft or was returned to them. Nobody else sees it until they submit it; an editor then
// publishes it as the state's response or returns it with a comment. The fields are a response's
// (components/recommendation/response-fields.tsx), in words addressed to the contributor.
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useScopedForm } from "@/components/recommendation/use-scoped-form";
import type { Option } from "@/components/recommendation/options";
import { EntryTarget } from "@/components/recommendation/entry-form-parts";
import {
  RESPONSE_FIELDS,
  ResponseFields,
  type StoredResponseFields,
} from "@/components/recommendation/response-fields";
import { createProgressDraftAction, editProgressDraftAction } from "@/lib/review/actions";

export interface StoredProgress extends StoredResponseFields {
  id: string;
  version: number;
}

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "edit"; stored: StoredProgress }
);

export function ProgressForm(props: Props) {
  const t = useTranslations("review.form");
  const stored = props.mode === "edit" ? props.stored : null;
  const f = useScopedForm(stored ? editProgressDraftAction : createProgressDraftAction, {
    prefix: stored ? `progress-${stored.id}-` : "progress-new-",
    visible: RESPONSE_FIELDS,
    version: stored?.version,
  });
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("changeProgress") : t("writeProgress")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <ResponseFields
        f={f}
        stored={stored}
        documents={props.documents}
        today={props.today}
        labels={{
          status: t("status"),
          date: t("responseDate"),
          text: t("progressText"),
          textHint: t("progressTextHint"),
          sentenceHint: t("statusSentenceHint"),
        }}
      />
      <SubmitButton>{stored ? t("saveChanges") : t("saveProgress")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
