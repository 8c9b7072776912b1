"use client";
// Changing one's own password. Success ends every session of the account, this
// one included, so the form gives way to the message and a link to sign in again.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { AccountName, NewPasswordFields, SignInWithNewPassword } from "@/components/forms/password-fields";
import { useHiddenErrors } from "@/components/forms/use-hidden-errors";

const SCOPE = "password";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, idle);
  const shownState = useHiddenErrors(state, ["current", "password", "confirm"]);
  const errors = errorsOf(state);
  const t = useTranslations("accountPages.password");

  if (state.status === "ok") {
    return <SignInWithNewPassword state={state} email={email} linkText={t("signInAgain")} href="/sign-in?next=%2F" />;
  }

  return (
    <form action={action} key={formKey(state)} aria-label={t("form")} noValidate className="mt-4">
      <AccountName email={email} />
      <TextField
        scope={SCOPE}
        name="current"
        type="password"
        label={t("current")}
        required
        maxLength={200}
        autoComplete="current-password"
        errors={errors}
        defaultValue=""
      />
      <NewPasswordFields scope={SCOPE} errors={errors} label={t("new")} confirmLabel={t("confirm")} />
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormStatus state={shownState} />
    </form>
  );
}
