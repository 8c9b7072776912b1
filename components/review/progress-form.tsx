"use client";
// A contributor writes a progress update (where the recommendation stands, in the state's vocabulary), or changes
// one that is still a draft or was returned to them. Nobody else sees it until they submit it; an editor then
// publishes it as the state's response or returns it with a comment.
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useScopedForm } from "@/components/recommendation/use-scoped-form";
import { recordableResponseOptions, type Option } from "@/components/recommendation/options";
import { EntryTarget, SourceFields } from "@/components/recommendation/entry-form-parts";
import { createProgressDraftAction, editProgressDraftAction } from "@/lib/review/actions";

export interface StoredProgress extends DatedValues {
  id: string;
  version: number;
  status: string;
  text: string | null;
  statusSentence: string | null;
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

const FIELDS = [
  "status",
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "text",
  "statusSentence",
  "documentId",
  "location",
  "sourceUrl",
];

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "edit"; stored: StoredProgress }
);

export function ProgressForm(props: Props) {
  const t = useTranslations("review.form");
  const stored = props.mode === "edit" ? props.stored : null;
  const f = useScopedForm(stored ? editProgressDraftAction : createProgressDraftAction, {
    prefix: stored ? `progress-${stored.id}-` : "progress-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  const common = { errors: f.errors };
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("changeProgress") : t("writeProgress")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <SelectField
        {...common}
        name={f.name("status")}
        label={t("status")}
        required
        options={recordableResponseOptions}
        emptyLabel={t("choose")}
        defaultValue={f.value("status", stored?.status)}
      />
      <DatedFields
        legend={t("responseDate")}
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={props.today}
      />
      <TextArea
        {...common}
        name={f.name("text")}
        label={t("progressText")}
        rows={5}
        hint={t("progressTextHint")}
        defaultValue={f.value("text", stored?.text)}
      />
      <TextField
        {...common}
        name={f.name("statusSentence")}
        label={t("statusSentence")}
        hint={t("statusSentenceHint")}
        defaultValue={f.value("statusSentence", stored?.statusSentence)}
      />
      <SourceFields f={f} stored={stored} documents={props.documents} />
      <SubmitButton>{stored ? t("saveChanges") : t("saveProgress")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
