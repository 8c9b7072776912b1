// Who may read and attach evidence files: one check per question, each taking the entry the file belongs
// to, so the download route, the recommendation page and their tests ask the same thing. Pure, unit-tested.
// When entries gain drafts (review before publishing), the draft's rule goes here, in `canReadEntry`.
import { canEdit, type SessionUser } from "@/lib/auth/policy";

/** Who is asking: a signed-in user, anyone (public read mode), or a read-only API token. */
export type EvidenceReader = { kind: "user"; user: SessionUser } | { kind: "public" } | { kind: "token" };

/** What the rules need to know about the entry a file is attached to. */
export interface EntryAccess {
  kind: "followUp" | "stateResponse";
  /** An internal follow-up note: editors and admins only (never public read mode or API tokens). */
  internal: boolean;
  withdrawn: boolean;
}

/** May this reader read the entry, and so download its files? */
export function canReadEntry(reader: EvidenceReader | null, entry: EntryAccess): boolean {
  if (!reader) return false;
  if (entry.internal) return reader.kind === "user" && canEdit(reader.user);
  return true;
}

/** May this user attach a file to the entry? Editors and admins, and not to a withdrawn entry. */
export function attachRefusal(user: SessionUser | null, entry: EntryAccess): string | null {
  if (!canEdit(user)) return "You do not have permission to do this. Nothing was saved.";
  if (entry.withdrawn) return "This entry was withdrawn: files can no longer be attached to it";
  return null;
}
