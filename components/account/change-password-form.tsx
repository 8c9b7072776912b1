"use client";
// Changing one's own password. Success ends every session of the account, this
// one included, so the form gives way to the message and a link to sign in again.
import { useActionState } from "react";
import Link from "next/link";
import { changePasswordAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { withHiddenErrors } from "@/components/admin/form-helpers";

const SCOPE = "password";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, idle);
  const errors = errorsOf(state);

  if (state.status === "ok") {
    return (
      <div className="mt-6">
        <FormStatus state={state} />
        <p className="mt-4">
          <Link href="/sign-in?next=%2F" className="font-semibold">
            Sign in again
          </Link>{" "}
          with {email} and your new password.
        </p>
      </div>
    );
  }

  return (
    <form action={action} key={formKey(state)} aria-label="Change your password" noValidate className="mt-4">
      {/* Lets password managers update the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        scope={SCOPE}
        name="current"
        type="password"
        label="Current password"
        required
        maxLength={200}
        autoComplete="current-password"
        errors={errors}
        defaultValue=""
      />
      <TextField
        scope={SCOPE}
        name="password"
        type="password"
        label="New password"
        required
        maxLength={512}
        autoComplete="new-password"
        hint="At least 12 characters, not a common password. A few unrelated words make a strong one."
        errors={errors}
        defaultValue=""
      />
      <TextField
        scope={SCOPE}
        name="confirm"
        type="password"
        label="Confirm new password"
        required
        maxLength={512}
        autoComplete="new-password"
        errors={errors}
        defaultValue=""
      />
      <SubmitButton>Change password</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["current", "password", "confirm"])} />
    </form>
  );
}
