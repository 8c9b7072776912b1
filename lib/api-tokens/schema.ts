// API tokens: what an admin types to issue one, and the token's own shape.
import { z } from "zod";

export const IssueApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name (who or what uses it)").max(200, "Name is too long"),
});
export const RevokeApiTokenSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{20,40}$/, "Unknown token"),
});
export type IssueApiToken = z.infer<typeof IssueApiTokenSchema>;
export type RevokeApiToken = z.infer<typeof RevokeApiTokenSchema>;

/** "odt_" and 43 base64url characters (32 random bytes): recognisable in a leaked log, never guessable. */
export const TOKEN_PREFIX = "odt_";
export const tokenFormat = /^odt_[A-Za-z0-9_-]{43}$/;
