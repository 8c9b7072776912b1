"use client";
// Accepting an invitation: the link's token is the authorization. On success
// the form gives way to a message and a link to sign in.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInviteAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { AccountName, NewPasswordFields, SignInWithNewPassword } from "@/components/forms/password-fields";
import { useHiddenErrors } from "@/components/forms/use-hidden-errors";

const SCOPE = "accept";

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  // No page refresh after success: the used invitation would replace this form and its message.
  const [state, action] = useActionState(acceptInviteAction, idle);
  const shownState = useHiddenErrors(state, ["name", "password", "confirm"]);
  const errors = errorsOf(state);
  const t = useTranslations("invite.form");

  if (state.status === "ok") {
    return <SignInWithNewPassword state={state} email={email} linkText={t("signIn")} href="/sign-in" />;
  }

  return (
    <form action={action} key={formKey(state)} aria-label={t("label")} noValidate className="mt-2">
      <input type="hidden" name="token" value={token} />
      <AccountName email={email} />
      <TextField
        scope={SCOPE}
        name="name"
        label={t("name")}
        required
        maxLength={200}
        autoComplete="name"
        errors={errors}
        defaultValue={valueOf(state, "name", "")}
      />
      <NewPasswordFields scope={SCOPE} errors={errors} label={t("password")} confirmLabel={t("confirm")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormStatus state={shownState} />
    </form>
  );
}
