// Who is calling the read API, with the pages' read permissions: a read-only
// API token (`Authorization: Bearer …`), or the session cookie of a signed-in
// user, or nobody (allowed only with PUBLIC_READ=true). A token reads as a
// viewer: never internal notes.
import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { env, publicRead } from "@/lib/env";
import { checkApiToken } from "@/lib/api-tokens/mutations";
import { canEdit, canRead, type SessionUser } from "@/lib/auth/policy";
import { claimsOf } from "@/lib/auth/session-policy";
import { findSessionUser } from "@/lib/users/queries";

export type Caller = { ok: true; includeInternal: boolean } | { ok: false; status: 401; message: string };

async function sessionUser(req: NextRequest): Promise<SessionUser | null> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret || req.cookies.size === 0) return null;
  // Same rules as pages (lib/auth/session.ts): absolute limit and revocation epoch.
  const claims = claimsOf(await getToken({ req, secret }));
  return claims ? findSessionUser(claims) : null;
}

export async function apiCaller(req: NextRequest): Promise<Caller> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const token = m ? await checkApiToken(await prisma(), m[1]!) : null;
    return token
      ? { ok: true, includeInternal: false }
      : { ok: false, status: 401, message: "The API token is not valid or has been revoked." };
  }
  const user = await sessionUser(req);
  if (!canRead(user, publicRead()))
    return {
      ok: false,
      status: 401,
      message: "Sign in, or send a read-only API token as `Authorization: Bearer <token>`.",
    };
  return { ok: true, includeInternal: canEdit(user) };
}
