"use client";
// Revoke a pending invitation, void a pending password reset link, and issue a reset link for one user.
// A new reset link is shown once, like an invitation's, and never again.
import { useAction } from "@/components/forms/use-action";
import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { issuePasswordResetAction, revokeInviteAction, voidPasswordResetAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { withHiddenErrors } from "./form-helpers";

const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;

// Revoking and voiding do not refresh the page: the row stays, with the answer in place of its button, so the
// answer is not lost with the row; the list is current again on the next visit.
export function RevokeInviteForm({ id, email }: { id: string; email: string }) {
  const [state, action] = useActionState(revokeInviteAction, idle);
  const t = useTranslations("users.pending");
  if (state.status === "ok") return <FormStatus state={state} />;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="danger">{t.rich("revoke", { email, hidden })}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, [])} />
    </form>
  );
}

export function VoidResetForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useActionState(voidPasswordResetAction, idle);
  const t = useTranslations("users.pending");
  if (state.status === "ok") return <FormStatus state={state} />;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="danger">{t.rich("void", { name, hidden })}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, [])} />
    </form>
  );
}

/** The one-time reset link, copied by the admin and sent to the person directly. */
export function resetLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/reset-password/${encodeURIComponent(token)}`;
}

function IssuedResetLink({ link, scope }: { link: string; scope: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const t = useTranslations("users");
  const id = `${scope}-link`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {t("reset.link")}
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
        {t("reset.linkHint")}
      </p>
      <input
        id={id}
        type="text"
        readOnly
        value={link}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-xs text-slate-900"
      />
      <button
        type="button"
        onClick={() => void copy()}
        className="mt-2 rounded border border-slate-500 bg-white px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100"
      >
        {t("copyLink")}
      </button>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">
        {copied === "done" ? t("linkCopied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}

export function IssueResetForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useAction(issuePasswordResetAction, idle);
  const token = state.status === "ok" ? state.data?.token : undefined;
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const t = useTranslations("users.reset");
  return (
    <>
      <form action={action} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <SubmitButton>{t.rich("create", { name, hidden })}</SubmitButton>
        <FormStatus state={withHiddenErrors(state, [])} />
      </form>
      {token && <IssuedResetLink key={token} link={resetLink(origin, token)} scope={`reset-${userId}`} />}
    </>
  );
}
