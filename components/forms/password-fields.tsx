"use client";
// The parts every form that sets a password shares (account creation from an invitation, a reset link, the
// change-password page): the new password twice, and the answer that sends the person to sign in.
// No maxLength: a browser would cut a longer pasted password silently (ASVS 2.1.3); the server says so instead.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";

export function NewPasswordFields(p: {
  scope: string;
  errors: Record<string, string[]>;
  label: string;
  /** The second field's label in the reader's language; English callers may leave it to be derived. */
  confirmLabel?: string;
}) {
  const t = useTranslations("forms");
  return (
    <>
      <TextField
        scope={p.scope}
        name="password"
        type="password"
        label={p.label}
        required
        autoComplete="new-password"
        hint={t("passwordHint")}
        errors={p.errors}
        defaultValue=""
      />
      <TextField
        scope={p.scope}
        name="confirm"
        type="password"
        label={p.confirmLabel ?? t("confirmPassword", { label: p.label.toLowerCase() })}
        required
        autoComplete="new-password"
        errors={p.errors}
        defaultValue=""
      />
    </>
  );
}

/** Lets password managers store the new password with the right account. */
export function AccountName({ email }: { email: string }) {
  return <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />;
}

/** After the password was set: the message, and where to sign in with it. */
export function SignInWithNewPassword(p: { state: ActionState; email: string; linkText: string; href: string }) {
  const t = useTranslations("forms");
  return (
    <div className="mt-6">
      <FormStatus state={p.state} />
      <p className="mt-4">
        {t.rich("signInWithNew", {
          linkText: p.linkText,
          email: p.email,
          link: (chunks) => (
            <Link href={p.href} className="font-semibold">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
