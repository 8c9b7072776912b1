"use client";
// Edit forms (editors and admins) for an election cycle's and a document's details. Both are
// versioned: a stale form is refused with the other person's changes listed,
// and what the user typed stays in the form (valueOf/formKey).
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { editCycleAction } from "@/lib/cycles/actions";
import { editDocumentAction } from "@/lib/documents/actions";
import { idle, type ActionState } from "@/lib/actions/result";
import { REASON_MAX } from "@/lib/validation";
import { TextArea } from "@/components/forms/field";
import { CycleDetailFields, DocumentDetailFields } from "@/components/catalogue/catalogue-fields";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { withHiddenErrors } from "./form-helpers";

export interface CycleDetails {
  id: string;
  version: number;
  title: string;
  electionDate: string;
  isEarly: boolean;
  finalReportTitle: string;
  finalReportDate: string;
  finalReportPlace: string;
  finalReportUrl: string;
  recommendationCount: string;
  notes: string;
}

export interface DocumentDetails {
  id: string;
  version: number;
  type: string;
  title: string;
  issuer: string;
  issuedOn: string;
  place: string;
  sourceUrl: string;
}

export function ReasonField({ state }: { state: ActionState }) {
  const t = useTranslations("admin.details");
  return (
    <TextArea
      name="reason"
      label={t("reason")}
      hint={t("reasonHint")}
      rows={2}
      maxLength={REASON_MAX}
      errors={errorsOf(state)}
      defaultValue={valueOf(state, "reason", "")}
    />
  );
}

const CYCLE_FIELDS = [
  "title",
  "electionDate",
  "isEarly",
  "finalReportTitle",
  "finalReportDate",
  "finalReportPlace",
  "finalReportUrl",
  "recommendationCount",
  "notes",
  "reason",
];

export function EditCycleForm({ cycle }: { cycle: CycleDetails }) {
  const [state, action] = useAction(editCycleAction, idle);
  const errors = errorsOf(state);
  const v = (name: keyof CycleDetails) => valueOf(state, name, String(cycle[name]));
  const early = state.status === "error" ? state.values.isEarly === "on" : cycle.isEarly;
  const t = useTranslations("admin.details");
  return (
    <form action={action} key={`${formKey(state)}-${cycle.version}`} noValidate aria-label={t("cycleForm")}>
      <input type="hidden" name="id" value={cycle.id} />
      <input type="hidden" name="version" value={v("version")} />
      <CycleDetailFields v={(n) => v(n as keyof CycleDetails)} errors={errors} early={early} />
      <ReasonField state={state} />
      <SubmitButton>{t("saveCycle")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, CYCLE_FIELDS)} />
    </form>
  );
}

const DOCUMENT_FIELDS = ["type", "title", "issuer", "issuedOn", "place", "sourceUrl", "reason"];

export function EditDocumentForm({ document }: { document: DocumentDetails }) {
  const [state, action] = useAction(editDocumentAction, idle);
  const errors = errorsOf(state);
  const v = (name: keyof DocumentDetails) => valueOf(state, name, String(document[name]));
  const t = useTranslations("admin.details");
  return (
    <form action={action} key={`${formKey(state)}-${document.version}`} noValidate aria-label={t("documentForm")}>
      <input type="hidden" name="id" value={document.id} />
      <input type="hidden" name="version" value={v("version")} />
      <DocumentDetailFields v={(n) => v(n as keyof DocumentDetails)} errors={errors} />
      <ReasonField state={state} />
      <SubmitButton>{t("saveDocument")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, DOCUMENT_FIELDS)} />
    </form>
  );
}
