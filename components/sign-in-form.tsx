"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { safeNextPath } from "./safe-next-path";

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";
const buttonClass = "w-full rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60";

export function SignInForm({
  next,
  initialError = false,
  oidcName = null,
}: {
  next?: string | null;
  initialError?: boolean;
  oidcName?: string | null;
}) {
  const t = useTranslations("signIn");
  const [failed, setFailed] = useState(initialError);
  const [submitting, setSubmitting] = useState(false);
  const target = safeNextPath(next) ?? "/";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSubmitting(true);
    setFailed(false);
    try {
      const res = await signIn<"credentials">("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      if (res && res.ok && !res.error) {
        window.location.assign(target);
        return; // keep the button disabled while the next page loads
      }
      setFailed(true);
    } catch {
      setFailed(true);
    }
    setSubmitting(false);
  }

  return (
    <div className="space-y-6">
      <form method="post" onSubmit={onSubmit} className="space-y-4">
        <div
          role="alert"
          className={failed ? "rounded-md border border-rose-700 bg-rose-50 px-3 py-2 text-sm text-rose-900" : ""}
        >
          {/* One message for every failure: it must not reveal whether the email exists. */}
          {failed ? t("failed") : null}
        </div>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">
            {t("email")}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          disabled={submitting}
          className={`${buttonClass} bg-slate-800 text-white hover:bg-slate-700`}
        >
          {t("submit")}
        </button>
      </form>
      {oidcName && (
        <div className="border-t border-slate-200 pt-6">
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl: target })}
            className={`${buttonClass} border border-slate-400 text-slate-900 hover:bg-slate-100`}
          >
            {t("withProvider", { provider: oidcName })}
          </button>
        </div>
      )}
    </div>
  );
}
