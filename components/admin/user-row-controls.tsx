"use client";
// Per-user controls in the users table, folded in a details/summary so the
// table stays calm: change the role, deactivate or reactivate with a reason.
// Each form has its own action state and status message; the server decides
// (and refuses, e.g., to remove the last active administrator).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { changeRoleAction, setActiveAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import type { Role } from "@/lib/vocab";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { withHiddenErrors } from "./form-helpers";
import { roleOptions } from "./roles";
import { IssueResetForm } from "./pending-links";
import { InstitutionField } from "./institution-field";
import type { Option } from "@/components/recommendation/options";

export interface ManagedUser {
  id: string;
  name: string;
  role: Role;
  institutionId: string | null;
  active: boolean;
  /** Signs in with a password (not only through the organisation's sign-in): a reset link makes sense. */
  hasPassword: boolean;
}

const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;
const optional = (c: ReactNode) => <span className="font-normal text-slate-600">{c}</span>;

function RoleForm({ user, institutions }: { user: ManagedUser; institutions: Option[] }) {
  const [state, action] = useAction(changeRoleAction, idle);
  const errors = errorsOf(state);
  const scope = `role-${user.id}`;
  const t = useTranslations("users.row");
  const roles = useTranslations("role");
  return (
    <form action={action} key={formKey(state)} noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <SelectField
        scope={scope}
        name="role"
        className="mt-0"
        label={t.rich("newRole", { name: user.name, hidden })}
        errors={errors}
        defaultValue={valueOf(state, "role", user.role)}
        options={roleOptions(roles)}
      />
      <InstitutionField
        scope={scope}
        options={institutions}
        errors={errors}
        defaultValue={valueOf(state, "institutionId", user.institutionId ?? "")}
        forName={user.name}
      />
      <TextField
        scope={scope}
        name="reason"
        label={t.rich("roleReason", { name: user.name, hidden, optional })}
        errors={errors}
        defaultValue={valueOf(state, "reason", "")}
        maxLength={2000}
        className="mt-3"
      />
      <SubmitButton>{t("changeRole")}</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["role", "institutionId", "reason"])} />
    </form>
  );
}

function ActiveForm({ user, isSelf }: { user: ManagedUser; isSelf: boolean }) {
  const [state, action] = useAction(setActiveAction, idle);
  const errors = errorsOf(state);
  const scope = `active-${user.id}`;
  const deactivating = user.active;
  const t = useTranslations("users.row");
  return (
    <form action={action} key={formKey(state)} noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={deactivating ? "false" : "true"} />
      <TextArea
        scope={scope}
        name="reason"
        required
        rows={2}
        maxLength={2000}
        label={t.rich(deactivating ? "reasonDeactivate" : "reasonReactivate", { name: user.name, hidden })}
        hint={deactivating ? (isSelf ? t("selfHint") : t("othersHint")) : undefined}
        errors={errors}
        defaultValue={valueOf(state, "reason", "")}
        className="mt-0"
      />
      <SubmitButton tone={deactivating ? "danger" : "primary"}>
        {t.rich(deactivating ? "deactivate" : "reactivate", { name: user.name, hidden })}
      </SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["reason"])} />
    </form>
  );
}

export function UserRowControls({
  user,
  isSelf,
  institutions,
}: {
  user: ManagedUser;
  isSelf: boolean;
  institutions: Option[];
}) {
  const t = useTranslations("users.row");
  return (
    <details className="group">
      <summary className="cursor-pointer rounded-sm text-sm font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800">
        {t.rich("manage", { name: user.name, hidden })}
      </summary>
      <div className="mt-3 w-64 space-y-5 rounded border border-slate-200 bg-slate-50 p-3 sm:w-72">
        <RoleForm user={user} institutions={institutions} />
        {user.active && user.hasPassword && !isSelf && (
          <div className="border-t border-slate-200 pt-4">
            <IssueResetForm userId={user.id} name={user.name} />
          </div>
        )}
        <div className="border-t border-slate-200 pt-4">
          <ActiveForm user={user} isSelf={isSelf} />
        </div>
      </div>
    </details>
  );
}
