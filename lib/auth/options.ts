// next-auth (v4) configuration: email + password, and optionally an OpenID
// Connect provider when OIDC_* variables are set. Sessions are JWTs that carry
// the user id, the user's session epoch and the sign-in time; role, active flag
// and epoch are read from the database on every request (lib/auth/session.ts),
// so changes and revocations take effect at once (lib/auth/session-policy.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { authenticate, signOutEverywhere } from "@/lib/users/mutations";
import { clientAddress } from "@/lib/users/client-address";
import { oidcSignIn } from "@/lib/users/oidc-sign-in";
import { findActiveUserByEmail, findSessionUser } from "@/lib/users/queries";
import { logUnexpected } from "@/lib/security/unexpected";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { claimsOf, nowSeconds, SESSION_IDLE_SECONDS } from "./session-policy";

/** The only error text a failed sign-in can carry to the browser when something broke on the server. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

function oidcProvider(): NextAuthOptions["providers"] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: OIDC_NAME ?? "your organisation's sign-in",
      type: "oauth",
      wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(p: { sub: string; email?: string; name?: string }) {
        return { id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? null };
      },
    },
  ];
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // next-auth's JWT lifetime defaults to 30 days whatever session.maxAge says: set both.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    jwt: { maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const client = clientAddress(req?.headers, env().TRUSTED_PROXY === "true");
          // Set by the auth route (app/api/auth/[...nextauth]/route.ts), which proxy.ts does not see.
          const rid = req?.headers?.[REQUEST_ID_HEADER];
          const requestId = typeof rid === "string" ? rid : null;
          let result: Awaited<ReturnType<typeof authenticate>>;
          try {
            result = await authenticate(await prisma(), credentials, { client, requestId });
          } catch (error) {
            // next-auth puts a thrown error's message into the redirect (?error=…): a database error would
            // show its server address to anyone. A fixed code goes out; the details stay in the log.
            logUnexpected("sign-in", error, requestId);
            // (next-auth sends only the message; the cause stays on the server.)
            throw new Error(SIGN_IN_UNAVAILABLE, { cause: error });
          }
          if (!result.ok) return null;
          const { id, name, email } = result.user;
          return { id, name, email, sessionEpoch: result.sessionEpoch };
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      // OpenID Connect sign-in only for active accounts an admin has created, matched by an email the
      // provider has verified (`email_verified: true`); successes and refusals are audited (oidc-sign-in.ts).
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        try {
          return (await oidcSignIn(await prisma(), profile)).ok;
        } catch (error) {
          logUnexpected("OpenID Connect sign-in", error);
          return false;
        }
      },
      async jwt({ token, user, account }) {
        if (user) {
          // Sign-in: the epoch and time are fixed here; refreshes below never change them.
          const found =
            account?.provider === "oidc"
              ? user.email
                ? await findActiveUserByEmail(user.email)
                : null
              : { id: user.id, sessionEpoch: (user as { sessionEpoch?: unknown }).sessionEpoch };
          if (!found || typeof found.sessionEpoch !== "number") return {};
          return { ...token, uid: found.id, epoch: found.sessionEpoch, authTime: nowSeconds() };
        }
        // Refresh: an ended session (expired, revoked, deactivated) becomes an empty token, not a renewed one.
        const claims = claimsOf(token);
        if (!claims) return {};
        let current: Awaited<ReturnType<typeof findSessionUser>>;
        try {
          current = await findSessionUser(claims);
        } catch (error) {
          // The database cannot answer (down, restarting). next-auth would drop the session cookie on a thrown
          // error, signing everyone out during an outage: the token stays, and the request's own lookup of the
          // user (getCurrentUser) fails with the calm error page or the form's reference instead.
          logUnexpected("session check", error);
          return token;
        }
        if (!current) return {};
        return token;
      },
      async session({ session, token }) {
        const claims = claimsOf(token);
        // An ended session shows no user (next-auth fills session.user from the old token otherwise).
        return claims ? { ...session, claims } : { expires: session.expires };
      },
    },
    events: {
      // Ends every session of the user, including copies of this cookie elsewhere (audited).
      async signOut({ token }) {
        const claims = claimsOf(token);
        if (claims) await signOutEverywhere(await prisma(), claims);
      },
    },
  };
}
