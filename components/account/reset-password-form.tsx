"use client";
// Choosing a new password with a one-time link an administrator issued: the link's token is the authorization.
// On success the form gives way to the message and a link to sign in.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey } from "@/components/forms/use-form-values";
import { AccountName, NewPasswordFields, SignInWithNewPassword } from "@/components/forms/password-fields";
import { useHiddenErrors } from "@/components/forms/use-hidden-errors";

const SCOPE = "reset";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  const shownState = useHiddenErrors(state, ["password", "confirm"]);
  const errors = errorsOf(state);
  const t = useTranslations("resetPassword.form");

  if (state.status === "ok") {
    return <SignInWithNewPassword state={state} email={email} linkText={t("signIn")} href="/sign-in?next=%2F" />;
  }

  return (
    <form action={action} key={formKey(state)} aria-label={t("label")} noValidate className="mt-2">
      <input type="hidden" name="token" value={token} />
      <AccountName email={email} />
      <NewPasswordFields scope={SCOPE} errors={errors} label={t("new")} confirmLabel={t("confirm")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormStatus state={shownState} />
    </form>
  );
}
