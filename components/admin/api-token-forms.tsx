"use client";
// API tokens: "Issue a token" (the token is shown once, here, and never again:
// only its hash is stored) and "Revoke" per token.
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { issueApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { TextField } from "@/components/forms/field";
import { useHiddenErrors } from "@/components/forms/use-hidden-errors";

const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;
// A header's literal syntax, the same in every language (kept out of the message: "<token>" would read as a tag).
const HEADER = "Authorization: Bearer <token>";

function IssuedToken({ token }: { token: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const t = useTranslations("apiTokens.form");
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="mt-4 rounded border border-slate-300 bg-white p-3">
      <label htmlFor="issued-token" className="block text-sm font-semibold text-slate-900">
        {t("newToken")}
      </label>
      <p id="issued-token-hint" className="mt-0.5 text-sm text-slate-600">
        {t.rich("tokenHint", { header: HEADER, code: (c) => <code>{c}</code> })}
      </p>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="issued-token"
          type="text"
          readOnly
          value={token}
          aria-describedby="issued-token-hint"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="shrink-0 rounded border border-slate-500 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t("copy")}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">
        {copied === "done" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}

export function IssueApiTokenForm() {
  const [state, action] = useAction(issueApiTokenAction, idle);
  const shownState = useHiddenErrors(state, ["name"]);
  const token = state.status === "ok" ? state.data?.token : undefined;
  const t = useTranslations("apiTokens.form");
  return (
    <>
      <form action={action} key={formKey(state)} aria-labelledby="issue-token-heading" noValidate>
        <TextField
          scope="api-token"
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          required
          maxLength={200}
          errors={errorsOf(state)}
          defaultValue={valueOf(state, "name", "")}
        />
        <SubmitButton>{t("issue")}</SubmitButton>
        <FormStatus state={shownState} />
      </form>
      {token && <IssuedToken key={token} token={token} />}
    </>
  );
}

export function RevokeApiTokenForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useAction(revokeApiTokenAction, idle);
  const t = useTranslations("apiTokens.form");
  return (
    <form action={action} noValidate>
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="danger">{t.rich("revoke", { name, hidden })}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
