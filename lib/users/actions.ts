"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { runOutcome } from "@/lib/mutations/outcome";
import { canAdminister } from "@/lib/auth/policy";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { acceptInvite, changeRole, createInvite, revokeInvite, setActive } from "./admin-mutations";
import { clientAddress } from "./client-address";
import { changeOwnPassword, createUser } from "./mutations";
import { issuePasswordReset, resetPassword, RESET_HOURS, voidPasswordReset } from "./password-resets";
import {
  AcceptInviteSchema,
  IssueResetSchema,
  ResetPasswordSchema,
  RevokeInviteSchema,
  VoidResetSchema,
  ChangePasswordSchema,
  ChangeRoleSchema,
  InviteSchema,
  NewUserSchema,
  SetActiveSchema,
} from "./schema";

export const createUserAction = action({
  name: "createUser",
  schema: NewUserSchema,
  allow: canAdminister,
  run: async (db, actor, input) => {
    if (await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } })) {
      return { kind: "invalid" as const, fieldErrors: { email: ["A user with this email already exists"] } };
    }
    // An unknown or inactive institution is refused inside the transaction, as a field error.
    return runOutcome(() => createUser(db, input, actor));
  },
  success: (i) => ({ message: `${i.name} can now sign in as ${i.email}.` }),
});

export const changeRoleAction = action({
  name: "changeRole",
  schema: ChangeRoleSchema,
  allow: canAdminister,
  run: changeRole,
  success: () => ({ message: "The role and institution were saved." }),
});

export const setActiveAction = action({
  name: "setActive",
  schema: SetActiveSchema,
  allow: canAdminister,
  run: setActive,
  success: (i) => ({
    message: i.active ? "The user was reactivated." : "The user was deactivated; their sessions stopped working.",
  }),
});

export const createInviteAction = action({
  name: "createInvite",
  schema: InviteSchema,
  allow: canAdminister,
  run: createInvite,
  success: (i, v) => ({
    message: `Invitation created for ${i.email}. Copy the link below and send it yourself; it works once and expires on ${v.expiresAt.toISOString().slice(0, 10)}.`,
    data: { token: v.token },
  }),
});

/** Anyone holding a valid invitation link may accept it (the token is the authorization). */
export const acceptInviteAction = action({
  name: "acceptInvite",
  schema: AcceptInviteSchema,
  allow: () => true,
  run: (db, _actor, input) => acceptInvite(db, input),
  success: () => ({ message: "Your account is ready. Sign in with your email and new password." }),
});

/** Any signed-in user, for their own account only (the actor is the account changed). */
export const changePasswordAction = action({
  name: "changePassword",
  schema: ChangePasswordSchema,
  allow: (user) => user !== null,
  run: changeOwnPassword,
  success: () => ({
    message: "Your password was changed. Every session of your account has ended, this one included.",
  }),
});

export const revokeInviteAction = action({
  name: "revokeInvite",
  schema: RevokeInviteSchema,
  allow: canAdminister,
  run: revokeInvite,
  success: () => ({ message: "The invitation was revoked; its link no longer works." }),
});

export const issuePasswordResetAction = action({
  name: "issuePasswordReset",
  schema: IssueResetSchema,
  allow: canAdminister,
  run: issuePasswordReset,
  success: (_i, v) => ({
    message: `Reset link created for ${v.name}. Copy it and send it yourself; it works once and expires in ${RESET_HOURS} hours. Any earlier link for this account no longer works.`,
    data: { token: v.token },
  }),
});

export const voidPasswordResetAction = action({
  name: "voidPasswordReset",
  schema: VoidResetSchema,
  allow: canAdminister,
  run: voidPasswordReset,
  success: () => ({ message: "The reset link was voided; it no longer works." }),
});

/** Anyone holding a valid reset link may use it (the token is the authorization); attempts are throttled. */
export const resetPasswordAction = action({
  name: "resetPassword",
  schema: ResetPasswordSchema,
  allow: () => true,
  run: async (db, _actor, input) => {
    // Outside a request (scripts, tests) there are no headers: no per-address limit, as without a trusted proxy.
    let forwarded: string | undefined;
    try {
      forwarded = (await headers()).get("x-forwarded-for") ?? undefined;
    } catch {
      forwarded = undefined;
    }
    const client = clientAddress({ "x-forwarded-for": forwarded }, env().TRUSTED_PROXY === "true");
    return resetPassword(db, input, { client });
  },
  success: () => ({
    message: "Your password was changed and every session of your account has ended. Sign in with the new password.",
  }),
});
