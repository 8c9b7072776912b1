// Who may do what. Pure functions of the current user (read from the
// database on each request) and the PUBLIC_READ setting; unit-tested.
import type { Role } from "@/lib/vocab";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Reading requires sign-in, unless PUBLIC_READ opens read-only pages to everyone. */
export function canRead(user: SessionUser | null, publicRead: boolean): boolean {
  return user !== null || publicRead;
}

/** Recording responses, assessments and follow-up: editors and admins; never anonymous. */
export function canEdit(user: SessionUser | null): boolean {
  return user?.role === "EDITOR" || user?.role === "ADMIN";
}

export function canAdminister(user: SessionUser | null): boolean {
  return user?.role === "ADMIN";
}
