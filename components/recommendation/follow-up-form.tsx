"use client";
// Adds a dated follow-up entry with its evidence, or corrects one (a reason
// is required; the earlier version stays in the history).
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addFollowUpAction, correctFollowUpAction } from "@/lib/follow-ups/actions";
import { FOLLOW_UP_LIMITS } from "@/lib/follow-ups/schema";
import type { Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget } from "./entry-form-parts";

export interface StoredFollowUp extends DatedValues {
  id: string;
  version: number;
  actionTaken: string;
  institutionId: string | null;
  evidenceDocumentId: string | null;
  evidenceLocation: string | null;
  evidenceUrl: string | null;
  nextStep: string | null;
  targetDate: string;
  internal: boolean;
}

const FIELDS = [
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "actionTaken",
  "institutionId",
  "evidenceDocumentId",
  "evidenceLocation",
  "evidenceUrl",
  "nextStep",
  "targetDate",
  "internal",
  "reason",
];

type Props = { documents: Option[]; institutions: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredFollowUp }
);

export function FollowUpForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctFollowUpAction : addFollowUpAction, {
    prefix: stored ? `fu-${stored.id}-` : "fu-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  // An unticked checkbox is absent from the form data: after a refused save, absent means unticked.
  const internal = f.state.status === "error" ? f.state.values.internal === "on" : (stored?.internal ?? false);
  const common = { errors: f.errors };
  const t = useTranslations("entries");
  const tf = useTranslations("forms");
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("correctThis", { kind: "followUp" }) : t("addFollowUp")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
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
        maxLength={FOLLOW_UP_LIMITS.actionTaken}
        defaultValue={f.value("actionTaken", stored?.actionTaken)}
      />
      <SelectField
        {...common}
        name={f.name("institutionId")}
        label={t("responsibleInstitution")}
        options={props.institutions}
        emptyLabel={t("notStated")}
        defaultValue={f.value("institutionId", stored?.institutionId)}
      />
      <fieldset className="mt-4 rounded-md border border-slate-300 px-3 pb-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("evidence")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            {...common}
            name={f.name("evidenceDocumentId")}
            label={t("evidenceDocument")}
            hint={t("evidenceDocumentHint")}
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
          hint={t("urlHint")}
          defaultValue={f.value("evidenceUrl", stored?.evidenceUrl)}
        />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          {...common}
          name={f.name("nextStep")}
          label={t("nextStepLabel")}
          maxLength={FOLLOW_UP_LIMITS.nextStep}
          defaultValue={f.value("nextStep", stored?.nextStep)}
        />
        <TextField
          {...common}
          name={f.name("targetDate")}
          label={t("targetDateLabel")}
          hint={tf("dayHint")}
          defaultValue={f.value("targetDate", stored?.targetDate)}
        />
      </div>
      <CheckboxField {...common} name={f.name("internal")} label={t("internalLabel")} defaultChecked={internal} />
      {stored && <CorrectionReason f={f} required />}
      <SubmitButton>{stored ? t("saveCorrection") : t("addTheEntry")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
