"use client";
// Accepting an invitation: the link's token is the authorization. On success
// the form gives way to a message and a link to sign in.
import { useActionState } from "react";
import Link from "next/link";
import { acceptInviteAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { withHiddenErrors } from "./form-helpers";

const SCOPE = "accept";

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  // No page refresh after success: the used invitation would replace this form and its message.
  const [state, action] = useActionState(acceptInviteAction, idle);
  const errors = errorsOf(state);

  if (state.status === "ok") {
    return (
      <div className="mt-6">
        <FormStatus state={state} />
        <p className="mt-4">
          <Link href="/sign-in" className="font-semibold">
            Sign in
          </Link>{" "}
          with {email} and the password you just chose.
        </p>
      </div>
    );
  }

  return (
    <form action={action} key={formKey(state)} aria-label="Create your account" noValidate className="mt-2">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password with the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        scope={SCOPE}
        name="name"
        label="Your name"
        required
        maxLength={200}
        autoComplete="name"
        errors={errors}
        defaultValue={valueOf(state, "name", "")}
      />
      <TextField
        scope={SCOPE}
        name="password"
        type="password"
        label="Password"
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
        label="Confirm password"
        required
        maxLength={200}
        autoComplete="new-password"
        errors={errors}
        defaultValue=""
      />
      <SubmitButton>Create my account</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["name", "password", "confirm"])} />
    </form>
  );
}
