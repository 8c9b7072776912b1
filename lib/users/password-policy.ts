// Which passwords we accept (pure, unit-tested), for invitations, admin-created users and password changes:
// NIST SP 800-63B style — length over composition rules, and a refusal of known-common passwords.
// The list is the "passwords-common" dictionary of @zxcvbn-ts/language-common (about 49,000 passwords seen in
// breaches), bundled with the app: no network lookup, nothing sent anywhere. Server-only (the list is large).
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Why this password is refused, in words for the person choosing it; null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  const length = [...password].length; // characters, not UTF-16 units
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters`;
  const lower = password.normalize("NFKC").toLowerCase();
  // One character, or a short unit repeated ("aaaaaaaaaaaa", "abcabcabcabc").
  if (/^(.{1,3})\1+$/su.test(lower)) return "Do not use a repeated character or a short repeated pattern";
  if (email) {
    const e = email.trim().toLowerCase();
    if (lower === e || lower === e.split("@")[0]) return "Do not use your email address as your password";
  }
  // Common passwords, also with digits or symbols added at the end ("password123456!").
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (COMMON.has(lower) || (stem.length >= 4 && COMMON.has(stem)))
    return "This password is too common: it appears in lists of leaked passwords";
  return null;
}
