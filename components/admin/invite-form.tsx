"use client";
// "Invite a user": creates a one-time link the admin sends themselves (the
// tracker has no mail server). The token is shown once, here, and never again.
import { useAction } from "@/components/forms/use-action";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createInviteAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { roleOptions } from "./roles";
import { InstitutionField } from "./institution-field";
import type { Option } from "@/components/recommendation/options";
import { SelectField, TextField } from "@/components/forms/field";
import { inviteLink, withHiddenErrors } from "./form-helpers";

const SCOPE = "invite";

function InviteLink({ link }: { link: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const t = useTranslations("users");
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="mt-4 rounded border border-slate-300 bg-white p-3">
      <label htmlFor="invite-link" className="block text-sm font-semibold text-slate-900">
        {t("invite.link")}
      </label>
      <p id="invite-link-hint" className="mt-0.5 text-sm text-slate-600">
        {t("invite.linkHint")}
      </p>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="invite-link"
          type="text"
          readOnly
          value={link}
          aria-describedby="invite-link-hint"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="shrink-0 rounded border border-slate-500 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t("copyLink")}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">
        {copied === "done" ? t("linkCopied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}

export function InviteForm({ institutions }: { institutions: Option[] }) {
  const [state, action] = useAction(createInviteAction, idle);
  const errors = errorsOf(state);
  const t = useTranslations("users.form");
  const roles = useTranslations("role");
  const invite = useTranslations("users.invite");
  const token = state.status === "ok" ? state.data?.token : undefined;
  // Only ever rendered after the action returned, i.e. in the browser.
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <>
      <form action={action} key={formKey(state)} aria-labelledby="invite-heading" noValidate>
        <TextField
          scope={SCOPE}
          name="email"
          type="email"
          label={t("email")}
          required
          maxLength={254}
          autoComplete="off"
          errors={errors}
          defaultValue={valueOf(state, "email", "")}
        />
        <SelectField
          scope={SCOPE}
          name="role"
          label={t("role")}
          required
          emptyLabel={t("chooseRole")}
          options={roleOptions(roles)}
          errors={errors}
          defaultValue={valueOf(state, "role", "")}
        />
        <InstitutionField
          scope={SCOPE}
          options={institutions}
          errors={errors}
          defaultValue={valueOf(state, "institutionId", "")}
        />
        <SubmitButton>{invite("create")}</SubmitButton>
        <FormStatus state={withHiddenErrors(state, ["email", "role", "institutionId"])} />
      </form>
      {token && <InviteLink key={token} link={inviteLink(origin, token)} />}
    </>
  );
}
