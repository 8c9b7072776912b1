"use client";
// A contributor writes a follow-up draft, or changes one that is still a draft or was returned to them. It is
// seen by nobody else until they submit it; an editor then publishes it or returns it with a comment.
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useScopedForm } from "@/components/recommendation/use-scoped-form";
import type { Option } from "@/components/recommendation/options";
import { createDraftAction, editDraftAction } from "@/lib/review/actions";

export interface StoredDraft extends DatedValues {
  id: string;
  version: number;
  actionTaken: string;
  evidenceDocumentId: string;
  evidenceLocation: string;
  evidenceUrl: string;
  nextStep: string;
  targetDate: string;
}

const FIELDS = [
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "actionTaken",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
];

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "edit"; stored: StoredDraft }
);

export function DraftForm(props: Props) {
  const t = useTranslations("review.form");
  const stored = props.mode === "edit" ? props.stored : null;
  const f = useScopedForm(stored ? editDraftAction : createDraftAction, {
    prefix: stored ? `draft-${stored.id}-` : "draft-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  const common = { errors: f.errors };
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("changeDraft") : t("writeDraft")}
      noValidate
    >
      {stored ? (
        <>
          <input type="hidden" name="id" value={stored.id} />
          <input type="hidden" name="version" value={f.version} />
        </>
      ) : (
        <input type="hidden" name="recommendationId" value={props.mode === "add" ? props.recommendationId : ""} />
      )}
      <DatedFields
        legend={t("actionDate")}
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={props.today}
      />
      <TextArea
        {...common}
        name={f.name("actionTaken")}
        label={t("actionTaken")}
        required
        rows={4}
        defaultValue={f.value("actionTaken", stored?.actionTaken)}
      />
      <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("evidence")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            {...common}
            name={f.name("evidenceDocumentId")}
            label={t("evidenceDocument")}
            options={props.documents}
            emptyLabel={t("none")}
            defaultValue={f.value("evidenceDocumentId", stored?.evidenceDocumentId)}
          />
          <TextField
            {...common}
            name={f.name("evidenceLocation")}
            label={t("evidenceLocation")}
            hint={t("evidenceLocationHint")}
            defaultValue={f.value("evidenceLocation", stored?.evidenceLocation)}
          />
        </div>
        <TextField
          {...common}
          name={f.name("evidenceUrl")}
          type="url"
          label={t("evidenceUrl")}
          hint={t("evidenceUrlHint")}
          defaultValue={f.value("evidenceUrl", stored?.evidenceUrl)}
        />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          {...common}
          name={f.name("nextStep")}
          label={t("nextStep")}
          defaultValue={f.value("nextStep", stored?.nextStep)}
        />
        <TextField
          {...common}
          name={f.name("targetDate")}
          type="date"
          label={t("targetDate")}
          defaultValue={f.value("targetDate", stored?.targetDate)}
        />
      </div>
      <SubmitButton>{stored ? t("saveChanges") : t("saveDraft")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
