// next-auth (v4) configuration: email + password, and optionally an OpenID
// Connect provider when OIDC_* variables are set. Sessions are JWTs that carry
// only the user id; role and active flag are read from the database on every
// request (lib/auth/session.ts), so changes take effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import { authenticate } from "@/lib/users/mutations";
import { clientAddress } from "@/lib/users/client-address";
import { findActiveUserByEmail } from "@/lib/users/queries";
import { logUnexpected } from "@/lib/security/unexpected";

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
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const client = clientAddress(req?.headers, env().TRUSTED_PROXY === "true");
          let result: Awaited<ReturnType<typeof authenticate>>;
          try {
            result = await authenticate(await prisma(), credentials, { client });
          } catch (error) {
            // next-auth puts a thrown error's message into the redirect (?error=…): a database error would
            // show its server address to anyone. A fixed code goes out; the details stay in the log.
            logUnexpected("sign-in", error);
            // (next-auth sends only the message; the cause stays on the server.)
            throw new Error(SIGN_IN_UNAVAILABLE, { cause: error });
          }
          return result.ok ? { id: result.user.id, name: result.user.name, email: result.user.email } : null;
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      // OpenID Connect sign-in only for accounts an admin has created (matched by email).
      async signIn({ account, user }) {
        if (account?.provider !== "oidc") return true;
        return Boolean(user.email && (await findActiveUserByEmail(user.email)));
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "oidc" && user.email) {
          token.uid = (await findActiveUserByEmail(user.email))?.id;
        } else if (user) {
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}
