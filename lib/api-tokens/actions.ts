"use server";
// The server actions of API tokens, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import { canAdminister } from "@/lib/auth/policy";
import { issueApiToken, revokeApiToken } from "./mutations";
import { IssueApiTokenSchema, RevokeApiTokenSchema } from "./schema";

export const issueApiTokenAction = action({
  name: "issueApiToken",
  schema: IssueApiTokenSchema,
  allow: canAdminister,
  run: issueApiToken,
  success: (i, v) => ({
    message: `Token “${i.name}” issued. Copy it now: it is shown only once.`,
    data: { token: v.token },
  }),
});

export const revokeApiTokenAction = action({
  name: "revokeApiToken",
  schema: RevokeApiTokenSchema,
  allow: canAdminister,
  run: revokeApiToken,
  success: () => ({ message: "The token was revoked; requests with it are refused from now on." }),
});
