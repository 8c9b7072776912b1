// Session lifetime rules (pure, unit-tested). A session token is valid while:
// - it was refreshed within SESSION_IDLE_SECONDS (next-auth's cookie and JWT expiry, both set to this);
// - it is younger than SESSION_ABSOLUTE_SECONDS counted from the sign-in itself (stored in the token at
//   sign-in; refreshing never moves it), so a stolen token cannot be kept alive for ever;
// - its epoch equals the user's session_epoch in the database (read on every request, no cache): sign-out,
//   a password change, a role change and deactivation bump the epoch, ending every session of that user at once.

export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
// ASVS 4.0 3.3.2 (level 2): re-authentication at least every 12 hours, however active the session.
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** What our session token carries besides next-auth's own claims. */
export interface SessionClaims {
  uid: string;
  /** The user's session_epoch when they signed in. */
  epoch: number;
  /** Sign-in time, seconds since the epoch (like JWT `iat`). */
  authTime: number;
}

export const nowSeconds = (now: Date = new Date()) => Math.floor(now.getTime() / 1000);

/** The claims we set at sign-in, or null when the token lacks them (e.g. issued before this rule existed). */
export function claimsOf(token: unknown): SessionClaims | null {
  if (!token || typeof token !== "object") return null;
  const t = token as Record<string, unknown>;
  const { uid, epoch, authTime } = t;
  if (typeof uid !== "string" || !uid) return null;
  if (typeof epoch !== "number" || !Number.isInteger(epoch)) return null;
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return null;
  return { uid, epoch, authTime };
}

export type SessionVerdict = "valid" | "expired" | "revoked" | "inactive";

/** Whether a session may be used now; `user` is the row read from the database for this request. */
export function judgeSession(
  claims: SessionClaims,
  user: { active: boolean; sessionEpoch: number } | null,
  now: Date = new Date(),
): SessionVerdict {
  if (!user || !user.active) return "inactive";
  const t = nowSeconds(now);
  // A sign-in time in the future is as suspicious as an old one.
  if (claims.authTime > t + 60 || t - claims.authTime >= SESSION_ABSOLUTE_SECONDS) return "expired";
  if (claims.epoch !== user.sessionEpoch) return "revoked";
  return "valid";
}
