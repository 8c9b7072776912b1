import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { publicRead } from "@/lib/env";
import { findActiveUser } from "@/lib/users/queries";
import { authOptions } from "./options";
import { canAdminister, canEdit, canRead, type SessionUser } from "./policy";

/** The signed-in, active user of this request, from the database; null otherwise. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  return findActiveUser(session.uid);
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
