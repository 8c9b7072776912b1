// Who may take part in the discussion of a recommendation, and how long a comment stays editable. Pure,
// unit-tested. Comments are internal: only these people read them, and only they can be mentioned.
import type { Role } from "@/lib/vocab";

/** Roles that read, write and can be mentioned in the discussion of every recommendation. */
export const DISCUSSION_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];

/** What the rules need to know of a person: their role and, for a contributor, their institution. */
export interface Participant {
  role: Role;
  institutionId?: string | null;
}

/** Editors and admins discuss every recommendation. */
export function discussesEverywhere(role: Role | null | undefined): boolean {
  return role != null && DISCUSSION_ROLES.includes(role);
}

/**
 * May take part in the discussion of some recommendation: editors, admins, and contributors who belong to an
 * institution (the gate of the actions; which recommendation is decided by `mayDiscuss`).
 */
export function mayJoinDiscussions(user: Participant | null | undefined): boolean {
  return discussesEverywhere(user?.role) || isFocalPoint(user);
}

/**
 * May read, write and be mentioned in the discussion of a recommendation whose assigned institutions are
 * `assignedInstitutionIds`: editors and admins always; a contributor only while their institution is assigned
 * to it (the rule of lib/auth/policy.ts `canContributeTo`), so unassigning the institution ends their access.
 */
export function mayDiscuss(user: Participant | null | undefined, assignedInstitutionIds: readonly string[]): boolean {
  if (discussesEverywhere(user?.role)) return true;
  return isFocalPoint(user) && assignedInstitutionIds.includes(user.institutionId);
}

function isFocalPoint(user: Participant | null | undefined): user is Participant & { institutionId: string } {
  return user?.role === "CONTRIBUTOR" && typeof user.institutionId === "string" && user.institutionId !== "";
}

/** The author may correct a comment for this long after posting it; after that it is kept as written. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);
}

export function withinEditWindow(createdAt: Date, now: Date): boolean {
  return now.getTime() <= editableUntil(createdAt).getTime();
}

/** Only the author, still allowed to discuss this recommendation, within the edit window. */
export function mayEditComment(
  comment: { authorId: string | null; createdAt: Date },
  user: (Participant & { id: string }) | null,
  assignedInstitutionIds: readonly string[],
  now: Date,
): boolean {
  return (
    user !== null &&
    mayDiscuss(user, assignedInstitutionIds) &&
    comment.authorId === user.id &&
    withinEditWindow(comment.createdAt, now)
  );
}
