"use client";
// Per kind of notification: no e-mail, an e-mail at once, or a line in the daily digest.
import { useTranslations } from "next-intl";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { DELIVERY, type EmailDelivery, type NotificationKind } from "@/lib/notifications/kinds";
import { SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";

const DELIVERIES = Object.keys(DELIVERY) as EmailDelivery[];

export function PreferencesForm({ choices }: { choices: { kind: NotificationKind; delivery: EmailDelivery }[] }) {
  const t = useTranslations("notificationsPage");
  const [state, action] = useAction(saveNotificationPreferencesAction);
  const options = DELIVERIES.map((d) => ({ value: d, label: t(`delivery.${d}`) }));
  return (
    <form action={action} key={formKey(state)} aria-label={t("prefs.title")} noValidate className="mt-4">
      {choices.map((c) => (
        <SelectField
          key={c.kind}
          scope="prefs"
          name={c.kind}
          label={t(`kind.${c.kind}.label`)}
          hint={t(`kind.${c.kind}.hint`)}
          options={options}
          defaultValue={valueOf(state, c.kind, c.delivery)}
          errors={errorsOf(state)}
        />
      ))}
      <SubmitButton>{t("prefs.save")}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
