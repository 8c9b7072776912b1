"use client";
// An editor removes one file from an entry (audited; the bytes stay stored while anything else uses them).
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { TextArea } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import type { ActionState } from "@/lib/actions/result";
import { Disclosure } from "./disclosure";

export function EvidenceRemoveForm({
  id,
  name,
  action,
}: {
  id: string;
  name: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction] = useAction(action);
  const t = useTranslations("evidence");
  return (
    <Disclosure summary={t("remove")} tone="danger" compact>
      <form key={formKey(state)} action={formAction} aria-label={t("removeFile", { name })} noValidate>
        <input type="hidden" name="id" value={id} />
        <TextArea
          name="reason"
          scope={`evidence-remove-${id}`}
          label={t("reason")}
          rows={2}
          hint={t("reasonHint")}
          defaultValue={valueOf(state, "reason", "")}
          errors={errorsOf(state)}
        />
        <SubmitButton tone="danger">{t("removeSubmit")}</SubmitButton>
        <FormStatus state={state} />
      </form>
    </Disclosure>
  );
}
