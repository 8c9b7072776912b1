"use client";
// Per-user controls in the users table, folded in a details/summary so the
// table stays calm: change the role, deactivate or reactivate with a reason.
// Each form has its own action state and status message; the server decides
// (and refuses, e.g., to remove the last active administrator).
import { useAction } from "@/components/forms/use-action";
import { changeRoleAction, setActiveAction } from "@/lib/users/actions";
import { idle } from "@/lib/actions/result";
import type { Role } from "@/lib/vocab";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorsOf, formKey, valueOf } from "@/components/forms/use-form-values";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { withHiddenErrors } from "./form-helpers";
import { ROLE_OPTIONS } from "./roles";
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

function RoleForm({ user, institutions }: { user: ManagedUser; institutions: Option[] }) {
  const [state, action] = useAction(changeRoleAction, idle);
  const errors = errorsOf(state);
  const scope = `role-${user.id}`;
  return (
    <form action={action} key={formKey(state)} noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <SelectField
        scope={scope}
        name="role"
        className="mt-0"
        label={
          <>
            New role<span className="sr-only"> for {user.name}</span>
          </>
        }
        errors={errors}
        defaultValue={valueOf(state, "role", user.role)}
        options={ROLE_OPTIONS}
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
        label={
          <>
            Reason<span className="sr-only"> for the role change of {user.name}</span>
            <span className="font-normal text-slate-600"> (optional)</span>
          </>
        }
        errors={errors}
        defaultValue={valueOf(state, "reason", "")}
        maxLength={2000}
        className="mt-3"
      />
      <SubmitButton>Change role</SubmitButton>
      <FormStatus state={withHiddenErrors(state, ["role", "institutionId", "reason"])} />
    </form>
  );
}

function ActiveForm({ user, isSelf }: { user: ManagedUser; isSelf: boolean }) {
  const [state, action] = useAction(setActiveAction, idle);
  const errors = errorsOf(state);
  const scope = `active-${user.id}`;
  const deactivating = user.active;
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
        label={
          <>
            {deactivating ? "Reason for deactivating" : "Reason for reactivating"}
            <span className="sr-only"> {user.name}</span>
          </>
        }
        hint={
          deactivating
            ? isSelf
              ? "This is your own account: you would be signed out."
              : "They are signed out at once."
            : undefined
        }
        errors={errors}
        defaultValue={valueOf(state, "reason", "")}
        className="mt-0"
      />
      <SubmitButton tone={deactivating ? "danger" : "primary"}>
        {deactivating ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {user.name}</span>
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
  return (
    <details className="group">
      <summary className="cursor-pointer rounded-sm text-sm font-medium text-sky-800 underline decoration-sky-800/40 underline-offset-2 hover:decoration-sky-800">
        Manage<span className="sr-only"> {user.name}</span>
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
