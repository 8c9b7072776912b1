"use client";
// Withdraws a response, an assessment or a follow-up entry: never deleted, kept visibly
// as withdrawn with the reason, and in the history. Once withdrawn, only the
// confirmation remains (render it at a stable place so it survives the refresh).
import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { withdrawAssessmentAction } from "@/lib/assessments/actions";
import { withdrawFollowUpAction } from "@/lib/follow-ups/actions";
import { withdrawResponseAction } from "@/lib/responses/actions";
import { useScopedForm } from "./use-scoped-form";

const ACTIONS = {
  response: withdrawResponseAction,
  assessment: withdrawAssessmentAction,
  followUp: withdrawFollowUpAction,
};

interface Props {
  kind: keyof typeof ACTIONS;
  id: string;
  version: number;
  withdrawn: boolean;
}

export function WithdrawForm({ kind, id, version, withdrawn }: Props) {
  const t = useTranslations("entries");
  const f = useScopedForm(ACTIONS[kind], { prefix: `w-${id}-`, visible: ["reason"], version });
  if (withdrawn) return <FormStatus state={f.status} />;
  return (
    <form key={f.key} action={f.formAction} onChange={f.onChange} aria-label={t("withdrawThis", { kind })} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={f.version} />
      <TextArea
        name={f.name("reason")}
        label={t("withdrawalReason")}
        required
        rows={2}
        hint={t("withdrawalReasonHint")}
        defaultValue={f.value("reason", "")}
        errors={f.errors}
      />
      <SubmitButton tone="danger">{t("withdrawThis", { kind })}</SubmitButton>
      <FormStatus state={f.status} />
    </form>
  );
}
