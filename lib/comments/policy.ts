// Who may take part in the discussion of a recommendation, and how long a comment stays editable. Pure,
// unit-tested. Comments are internal: only these roles read them, and only they can be mentioned.
import type { Role } from "@/lib/vocab";

/** Roles that read, write and can be mentioned in comments. Contributors: add "CONTRIBUTOR" here. */
export const DISCUSSION_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];

export function mayDiscuss(role: Role | null | undefined): boolean {
  return role != null && DISCUSSION_ROLES.includes(role);
}

/** The author may correct a comment for this long after posting it; after that it is kept as written. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);
}

export function withinEditWindow(createdAt: Date, now: Date): boolean {
  return now.getTime() <= editableUntil(createdAt).getTime();
}

/** Only the author, still allowed to discuss, within the edit window. */
export function mayEditComment(
  comment: { authorId: string | null; createdAt: Date },
  user: { id: string; role: Role } | null,
  now: Date,
): boolean {
  return (
    user !== null && mayDiscuss(user.role) && comment.authorId === user.id && withinEditWindow(comment.createdAt, now)
  );
}
