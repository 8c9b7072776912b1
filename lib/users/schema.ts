import { z } from "zod";
import { passwordProblem, PASSWORD_MAX } from "./password-policy";

// A new password: the policy's message is the field's message (lib/users/password-policy.ts).
const newPassword = z
  .string()
  .max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters`)
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const roleField = z.enum(["ADMIN", "EDITOR", "VIEWER", "CONTRIBUTOR"], { message: "Choose a role" });
// The institution a user belongs to: optional, except for a contributor (its focal point).
const institutionField = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^[a-z0-9]{20,40}$/, "Choose an institution from the list")
    .optional(),
);
function contributorNeedsInstitution(v: { role: string; institutionId?: string }, ctx: z.RefinementCtx) {
  if (v.role === "CONTRIBUTOR" && !v.institutionId)
    ctx.addIssue({
      code: "custom",
      path: ["institutionId"],
      message: "A contributor belongs to an institution: choose it",
    });
}

export const SignInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email is too long")
    .pipe(z.email("Enter a valid email address")),
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
});

export const NewUserSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email("Enter a valid email address")),
    name: z.string().trim().min(1, "Enter a name").max(200, "Name is too long"),
    role: roleField,
    institutionId: institutionField,
    password: newPassword,
  })
  .superRefine((v, ctx) => {
    contributorNeedsInstitution(v, ctx);
    const problem = passwordProblem(v.password, v.email);
    if (problem && !passwordProblem(v.password)) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type NewUser = z.infer<typeof NewUserSchema>;

const flag = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const id = z.string().regex(/^[a-z0-9]{20,40}$/, "Unknown user");

export const ChangeRoleSchema = z
  .object({
    userId: id,
    role: roleField,
    institutionId: institutionField,
    reason: z.string().trim().max(2000, "Reason is too long").optional(),
  })
  .superRefine(contributorNeedsInstitution);
export const SetActiveSchema = z.object({
  userId: id,
  active: flag,
  reason: z.string().trim().min(1, "Give a reason").max(2000, "Reason is too long"),
});
export const InviteSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email("Enter a valid email address")),
    role: roleField,
    institutionId: institutionField,
  })
  .superRefine(contributorNeedsInstitution);
export const AcceptInviteSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "This invitation link is not valid"),
    name: z.string().trim().min(1, "Enter your name").max(200, "Name is too long"),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

export type ChangeRole = z.infer<typeof ChangeRoleSchema>;
export type SetActive = z.infer<typeof SetActiveSchema>;
export type Invite = z.infer<typeof InviteSchema>;
export type AcceptInvite = z.infer<typeof AcceptInviteSchema>;

export const ChangePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password").max(200, "Password is too long"),
    password: newPassword,
    confirm: z.string().min(1, "Enter the new password again"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

const recordId = (message: string) => z.string().regex(/^[a-z0-9]{20,40}$/, message);
const linkToken = (message: string) => z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, message);

export const IssueResetSchema = z.object({ userId: id });
export const VoidResetSchema = z.object({ id: recordId("Unknown reset link") });
export const RevokeInviteSchema = z.object({ id: recordId("Unknown invitation") });
export const ResetPasswordSchema = z
  .object({
    token: linkToken("This link is no longer valid. Ask an administrator for a new one."),
    password: newPassword,
    confirm: z.string().min(1, "Enter the new password again"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });
export type IssueReset = z.infer<typeof IssueResetSchema>;
export type VoidReset = z.infer<typeof VoidResetSchema>;
export type RevokeInvite = z.infer<typeof RevokeInviteSchema>;
export type ResetPassword = z.infer<typeof ResetPasswordSchema>;
