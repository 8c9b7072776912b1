"use client";
// Per kind of notification: no e-mail, an e-mail at once, or a line in the daily digest.
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { DELIVERY, KIND, type EmailDelivery, type NotificationKind } from "@/lib/notifications/kinds";
import { SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";

const OPTIONS = (Object.keys(DELIVERY) as EmailDelivery[]).map((d) => ({ value: d, label: DELIVERY[d] }));

export function PreferencesForm({ choices }: { choices: { kind: NotificationKind; delivery: EmailDelivery }[] }) {
  const [state, action] = useAction(saveNotificationPreferencesAction);
  return (
    <form action={action} key={formKey(state)} aria-label="E-mail notifications" noValidate className="mt-4">
      {choices.map((c) => (
        <SelectField
          key={c.kind}
          scope="prefs"
          name={c.kind}
          label={KIND[c.kind].label}
          hint={KIND[c.kind].hint}
          options={OPTIONS}
          defaultValue={valueOf(state, c.kind, c.delivery)}
          errors={errorsOf(state)}
        />
      ))}
      <SubmitButton>Save choices</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
