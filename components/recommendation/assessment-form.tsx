"use client";
// Adds an independent assessment, or corrects one (the earlier version stays
// in the history; a change of status needs a reason).
import { useTranslations } from "next-intl";
import { DatedFields, EMPTY_DATED, type DatedValues } from "@/components/forms/dated-field";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addAssessmentAction, correctAssessmentAction } from "@/lib/assessments/actions";
import { ASSESSMENT_LIMITS } from "@/lib/assessments/schema";
import { statusLabel } from "@/lib/i18n/status";
import type { AssessmentStatus } from "@/lib/vocab";
import { assessmentOptions, assessorTypeOptions, type Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget, SourceFields } from "./entry-form-parts";

export interface StoredAssessment extends DatedValues {
  id: string;
  version: number;
  status: string;
  assessorType: string;
  assessorName: string | null;
  rationale: string;
  documentId: string | null;
  location: string | null;
  sourceUrl: string | null;
}

const FIELDS = [
  "assessorType",
  "assessorName",
  "status",
  "date",
  "notBefore",
  "notAfter",
  "dateNote",
  "rationale",
  "documentId",
  "location",
  "sourceUrl",
  "reason",
];

type Props = { documents: Option[]; today: string } & (
  { mode: "add"; recommendationId: string } | { mode: "correct"; stored: StoredAssessment }
);

export function AssessmentForm(props: Props) {
  const stored = props.mode === "correct" ? props.stored : null;
  const f = useScopedForm(stored ? correctAssessmentAction : addAssessmentAction, {
    prefix: stored ? `a-${stored.id}-` : "a-new-",
    visible: FIELDS,
    version: stored?.version,
  });
  const common = { errors: f.errors };
  const t = useTranslations("entries");
  const tf = useTranslations("forms");
  const ts = useTranslations("status");
  const statuses = assessmentOptions.map((o) => ({ ...o, label: statusLabel(ts, o.value as AssessmentStatus) }));
  const assessors = assessorTypeOptions.map((o) => ({ ...o, label: t(`assessorType.${o.value}`) }));
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("correctThis", { kind: "assessment" }) : t("addAssessment")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          {...common}
          name={f.name("assessorType")}
          label={t("assessedBy")}
          required
          options={assessors}
          emptyLabel={tf("choose")}
          defaultValue={f.value("assessorType", stored?.assessorType)}
        />
        <TextField
          {...common}
          name={f.name("assessorName")}
          label={t("assessor")}
          hint={t("assessorHint")}
          defaultValue={f.value("assessorName", stored?.assessorName)}
        />
        <SelectField
          {...common}
          name={f.name("status")}
          label={t("assessmentScale")}
          required
          options={statuses}
          emptyLabel={tf("choose")}
          defaultValue={f.value("status", stored?.status)}
        />
      </div>
      <DatedFields
        legend={t("assessmentDate")}
        name={f.name}
        value={f.value}
        stored={stored ?? EMPTY_DATED}
        errors={f.errors}
        today={props.today}
      />
      <TextArea
        {...common}
        name={f.name("rationale")}
        label={t("rationale")}
        required
        rows={5}
        maxLength={ASSESSMENT_LIMITS.rationale}
        defaultValue={f.value("rationale", stored?.rationale)}
      />
      <SourceFields f={f} stored={stored} documents={props.documents} />
      {stored && <CorrectionReason f={f} />}
      <SubmitButton>{stored ? t("saveCorrection") : t("addTheAssessment")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
