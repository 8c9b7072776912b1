// Who may keep a view of which page: the pages' own rules (lib/auth/policy.ts), so a view never links a person to a
// page they may not open. Only the owner ever sees or changes a view (the queries and mutations filter by owner).
import { canEdit, type SessionUser } from "@/lib/auth/policy";
import type { SavedViewPage } from "./pages";

export function canSaveViewOf(user: SessionUser | null, page: SavedViewPage): boolean {
  if (!user) return false;
  // Deadlines show follow-up entries that may be internal notes: editors and admins only, as the page itself.
  return page === "DEADLINES" ? canEdit(user) : true;
}
