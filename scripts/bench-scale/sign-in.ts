// Signs in through next-auth's credentials endpoint, as the sign-in form
// does: the CSRF token (and its cookie) first, then the credentials posted
// with it. Returns the Cookie header that carries the session.
import type { Account } from "./database";

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(base: string, account: Account): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email: account.email,
      password: account.password,
      callbackUrl: `${base}/`,
      json: "true",
    }),
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`Sign-in of ${account.email} failed (status ${res.status}): no session cookie`);
  const cookie = [...jar, session].join("; ");
  const check = await fetch(`${base}/api/auth/session`, { headers: { Cookie: cookie } });
  // The session names its user in its claims (user id, session epoch, sign-in time: lib/auth/session-policy.ts).
  const body = (await check.json()) as { claims?: { uid?: string } };
  if (!body.claims?.uid) throw new Error(`Signed in as ${account.email}, but the session has no user`);
  return cookie;
}
