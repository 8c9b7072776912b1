// Who may own a recommendation: the people who work on it (editors, admins, an institution's contributor),
// never a viewer, and never a deactivated account. Pure.
import type { Role } from "@/lib/vocab";

export const OWNER_ROLES: readonly Role[] = ["EDITOR", "ADMIN", "CONTRIBUTOR"];

export function canOwn(user: { role: Role; active: boolean }): boolean {
  return user.active && OWNER_ROLES.includes(user.role);
}
