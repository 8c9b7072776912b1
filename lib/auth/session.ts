import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { publicRead } from "@/lib/env";
import { findSessionUser } from "@/lib/users/queries";
import { authOptions } from "./options";
import { canAdminister, canEdit, canRead, type SessionUser } from "./policy";
import { claimsOf } from "./session-policy";

/**
 * The signed-in, active user of this request, from the database; null otherwise, and null once the session
 * has ended (absolute limit, or revoked by sign-out, password/role change, deactivation: session-policy.ts).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { claims?: unknown } | null;
  const claims = claimsOf(session?.claims);
  return claims ? findSessionUser(claims) : null;
});

/** For read-only pages: a signed-in user, or anyone when PUBLIC_READ=true. */
export async function requireReader(nextPath: string): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (!canRead(user, publicRead())) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  return user;
}

export async function requireAdmin(nextPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  // Not "forbidden" but "not found": do not advertise admin pages to others.
  if (!canAdminister(user)) notFound();
  return user;
}

/** Pages that change the catalogue (cycles, documents, countries): editors and admins. */
export async function requireEditor(nextPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  if (!canEdit(user)) notFound();
  return user;
}
