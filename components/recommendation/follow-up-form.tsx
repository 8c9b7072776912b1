"use client";
// Adds a dated follow-up entry with its evidence, or corrects one (a reason
// is required; the earlier version stays in the history).
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { addFollowUpAction, correctFollowUpAction } from "@/lib/follow-ups/actions";
import type { Option } from "./options";
import { useScopedForm } from "./use-scoped-form";
import { CorrectionReason, EntryTarget } from "./entry-form-parts";
import { FOLLOW_UP_FIELDS, FollowUpFields, type StoredFollowUpFields } from "./follow-up-fields";

export interface StoredFollowUp extends StoredFollowUpFields {
  id: string;
  version: number;
  institutionId: string | null;
  internal: boolean;
}

const FIELDS = [...FOLLOW_UP_FIELDS, "institutionId", "internal", "reason"];

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
  return (
    <form
      key={f.key}
      action={f.formAction}
      onChange={f.onChange}
      aria-label={stored ? t("correctThis", { kind: "followUp" }) : t("addFollowUp")}
      noValidate
    >
      <EntryTarget f={f} stored={stored} recommendationId={props.mode === "add" ? props.recommendationId : ""} />
      <FollowUpFields
        f={f}
        stored={stored}
        documents={props.documents}
        institutions={props.institutions}
        today={props.today}
      />
      <CheckboxField {...common} name={f.name("internal")} label={t("internalLabel")} defaultChecked={internal} />
      {stored && <CorrectionReason f={f} required />}
      <SubmitButton>{stored ? t("saveCorrection") : t("addTheEntry")}</SubmitButton>
      <FormStatus state={f.status} onUseTheirs={f.useTheirs} />
    </form>
  );
}
