// Which drafts of either kind (follow-up drafts, progress updates) a person sees, written once for both tables:
// reviewers see submitted ones (not what a contributor has not submitted yet, or is reworking after a return); a
// contributor their own not yet published; anyone else none. Published drafts are entries by then, shown as such.
import { canReview, isContributor, type SessionUser } from "@/lib/auth/policy";

/** Drafts waiting for a reviewer. */
export const SUBMITTED = { publication: "SUBMITTED" } as const;

/** A contributor's own drafts not yet published. */
export const ownUnpublished = (user: SessionUser) => ({
  authorId: user.id,
  publication: { not: "PUBLISHED" as const },
});

/** The filter of the drafts `user` may see, or null when they see none. */
export function visibleDrafts(user: SessionUser | null) {
  if (canReview(user)) return SUBMITTED;
  if (user && isContributor(user)) return ownUnpublished(user);
  return null;
}

/** The review queue's order: oldest submission first. */
export const QUEUE_ORDER = [{ submittedAt: "asc" as const }, { id: "asc" as const }];
/** "My drafts": most recently changed first. */
export const MINE_ORDER = { updatedAt: "desc" as const };
