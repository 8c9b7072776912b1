"use server";
// The server actions of this domain, each declared once (lib/actions/define.ts): schema, policy, mutation, pages.
import { action } from "@/lib/actions/define";
import { runOutcome } from "@/lib/mutations/outcome";
import { canAdminister } from "@/lib/auth/policy";
import { acceptInvite, changeRole, createInvite, setActive } from "./admin-mutations";
import { changeOwnPassword, createUser } from "./mutations";
import {
  AcceptInviteSchema,
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
