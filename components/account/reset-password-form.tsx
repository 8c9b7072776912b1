"use client";
// Choosing a new password with a one-time link an administrator issued: the link's token is the authorization.
// On success the form gives way to the message and a link to sign in.
import { useActionState } from "react";
import Link from "next/link";
import { resetPasswordAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { withHiddenErrors } from "@/components/admin/form-helpers";

const SCOPE = "reset";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  const errors = errorsOf(state);

  if (state.status === "ok") {
    return (
      <div className="mt-6">
        <FormStatus state={state} />
        <p className="mt-4">
          <Link href="/sign-in?next=%2F" className="font-semibold">
            Sign in
          </Link>{" "}
          with {email} and your new password.
        </p>
      </div>
    );
  }

  return (
    <form action={action} key={formKey(state)} aria-label="Choose a new password" noValidate className="mt-2">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password with the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        scope={SCOPE}
        name="password"
        type="password"
        label="New password"
        required
        maxLength={200}
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
        errors={errors}
        defaultValue=""
      />
      <TextField
        scope={SCOPE}
        name="confirm"
        type="password"
        label="Confirm new password"
        required
        maxLength={200}
        autoComplete="new-password"
        errors={errors}
        defaultValue=""
      />
      <SubmitButton>Set new password</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["password", "confirm"])} />
    </form>
  );
}
