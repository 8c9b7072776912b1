"use client";
// Records a new answer of the state (a new entry of the series), or corrects
// an entry (a typo, a wrong source: versioned; a change of status needs a
// reason). A stale correction is rebased: see FormStatus.
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addResponseAction, correctResponseAction } from "@/lib/responses/actions";
import { RESPONSE_LIMITS } from "@/lib/responses/schema";
import { statusLabel } from "@/lib/i18n/status";
import type { StateResponseStatus } from "@/lib/vocab";
import { recordableResponseOptions, type Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget, SourceFields } from "./entry-form-parts";

export interface StoredResponse extends DatedValues {
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
  "reason",
];

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredResponse }
);

export function ResponseForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctResponseAction : addResponseAction, {
    prefix: stored ? `r-${stored.id}-` : "r-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  const common = { errors: f.errors };
  const t = useTranslations("entries");
  const tf = useTranslations("forms");
  const ts = useTranslations("status");
  const options = recordableResponseOptions.map((o) => ({
    ...o,
    label: statusLabel(ts, o.value as StateResponseStatus),
  }));
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("correctThis", { kind: "response" }) : t("recordResponse")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <SelectField
        {...common}
        name={f.name("status")}
        label={t("statusField")}
        required
        options={options}
        emptyLabel={tf("choose")}
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
        label={t("responseText")}
        rows={6}
        maxLength={RESPONSE_LIMITS.text}
        hint={t("responseTextHint")}
        defaultValue={f.value("text", stored?.text)}
      />
      <TextField
        {...common}
        name={f.name("statusSentence")}
        label={t("statusSentence")}
        maxLength={RESPONSE_LIMITS.statusSentence}
        counter
        hint={t("statusSentenceHint")}
        defaultValue={f.value("statusSentence", stored?.statusSentence)}
      />
      <SourceFields f={f} stored={stored} documents={props.documents} />
      {stored && <CorrectionReason f={f} />}
      <SubmitButton>{stored ? t("saveCorrection") : t("recordTheResponse")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
