// Who may do what. Pure functions of the current user (read from the
// database on each request) and the PUBLIC_READ setting; unit-tested.
import type { Publication, Role } from "@/lib/vocab";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The institution the user belongs to (a contributor's); absent or null for none. */
  institutionId?: string | null;
  /** The interface language the user chose (lib/i18n/locales.ts); absent or null: not chosen. */
  locale?: string | null;
}

/**
 * Reading requires sign-in, unless PUBLIC_READ opens read-only pages to everyone. A contributor reads what a
 * viewer reads (published content); their own drafts are the only unpublished entries they see (canSeeDraft).
 */
export function canRead(user: SessionUser | null, publicRead: boolean): boolean {
  return user !== null || publicRead;
}

/** Recording responses, assessments and follow-up: editors and admins; never anonymous, never contributors. */
export function canEdit(user: SessionUser | null): boolean {
  return user?.role === "EDITOR" || user?.role === "ADMIN";
}

export function canAdminister(user: SessionUser | null): boolean {
  return user?.role === "ADMIN";
}

// ---------- contributors and review (lib/review) ----------

/** A focal point of an institution: a contributor who belongs to one. */
export function isContributor(user: SessionUser | null): user is SessionUser & { institutionId: string } {
  return user?.role === "CONTRIBUTOR" && typeof user.institutionId === "string" && user.institutionId !== "";
}

/** Starting a draft on a recommendation: a contributor whose institution is assigned to it. */
export function canContributeTo(user: SessionUser | null, assignedInstitutionIds: readonly string[]): boolean {
  return isContributor(user) && assignedInstitutionIds.includes(user.institutionId);
}

export interface DraftFacts {
  authorId: string | null;
  publication: Publication;
}

/** Changing or submitting a draft: its author, a contributor, while it is a draft or returned to them. */
export function canChangeDraft(user: SessionUser | null, draft: DraftFacts): boolean {
  return (
    isContributor(user) &&
    draft.authorId === user.id &&
    (draft.publication === "DRAFT" || draft.publication === "RETURNED")
  );
}

/** Reviewing (returning with a comment, publishing): editors and admins. */
export function canReview(user: SessionUser | null): boolean {
  return canEdit(user);
}

/** Returning or publishing a draft: a reviewer, once the draft is submitted. */
export function canDecideDraft(user: SessionUser | null, draft: DraftFacts): boolean {
  return canReview(user) && draft.publication === "SUBMITTED";
}

/** Seeing a draft that is not published: reviewers, and the contributor who wrote it. Nobody else. */
export function canSeeDraft(user: SessionUser | null, draft: DraftFacts): boolean {
  return canReview(user) || (isContributor(user) && draft.authorId === user.id);
}
