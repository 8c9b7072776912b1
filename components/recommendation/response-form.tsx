"use client";
// Records a new answer of the state (a new entry of the series), or corrects
// an entry (a typo, a wrong source: versioned; a change of status needs a
// reason). A stale correction is rebased: see FormStatus.
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addResponseAction, correctResponseAction } from "@/lib/responses/actions";
import type { Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget } from "./entry-form-parts";
import { RESPONSE_FIELDS, ResponseFields, type StoredResponseFields } from "./response-fields";

export interface StoredResponse extends StoredResponseFields {
  id: string;
  version: number;
}

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredResponse }
);

export function ResponseForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctResponseAction : addResponseAction, {
    prefix: stored ? `r-${stored.id}-` : "r-new-",
    visible: [...RESPONSE_FIELDS, "reason"],
    version: stored?.version,
  });
  const t = useTranslations("entries");
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("correctThis", { kind: "response" }) : t("recordResponse")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <ResponseFields
        f={f}
        stored={stored}
        documents={props.documents}
        today={props.today}
        labels={{
          status: t("statusField"),
          date: t("responseDate"),
          text: t("responseText"),
          textHint: t("responseTextHint"),
          sentenceHint: t("statusSentenceHint"),
        }}
      />
      {stored && <CorrectionReason f={f} />}
      <SubmitButton>{stored ? t("saveCorrection") : t("recordTheResponse")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
