// OpenID Connect sign-in rules (pure). Accounts are matched by email, so the email must be one the identity
// provider has verified: `email_verified` must be exactly true. An issuer that omits the claim is refused too
// (we cannot tell a verified address from one a person typed in at the provider).
import { WINDOW_MS, type ThrottleState } from "./throttle-policy";
import { normaliseEmail } from "./throttle-policy";

export type OidcRefusal = "no-email" | "unverified-email" | "no-account";

/** The verified email of a profile, or why the profile cannot sign anyone in. */
export function verifiedEmail(profile: unknown): { email: string } | { refusal: OidcRefusal; email?: string } {
  const p = (profile && typeof profile === "object" ? profile : {}) as Record<string, unknown>;
  const raw = typeof p.email === "string" ? normaliseEmail(p.email) : "";
  // Bounded: the value ends up in a throttle key and possibly an audit event.
  const email = raw && raw.length <= 254 ? raw : undefined;
  if (!email) return { refusal: "no-email" };
  if (p.email_verified !== true) return { refusal: "unverified-email", email };
  return { email };
}

export const OIDC_KEY_PREFIX = "oidc:";

/**
 * Refusals are counted per email in the throttle table (a window that each refusal extends, as for failed
 * sign-ins) and only the 1st, 10th, 100th… of a window is written to the audit log, so a misconfigured
 * provider or a flood cannot fill the chain: at most a handful of events per email and window.
 */
export function refusalAttempt(state: ThrottleState | null, now: Date): { next: ThrottleState; report: boolean } {
  const recent = state?.lastFailureAt && now.getTime() - state.lastFailureAt.getTime() <= WINDOW_MS;
  const failures = recent ? (state?.failures ?? 0) + 1 : 1;
  return { next: { failures, lockedUntil: null, lastFailureAt: now }, report: Number.isInteger(Math.log10(failures)) };
}
