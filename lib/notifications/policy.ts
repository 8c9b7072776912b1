// Which of a person's notifications they may still see. Pure. A mention quotes an internal comment: it is
// shown only while the person may take part in that recommendation's discussion (lib/comments/policy.ts) —
// editors and admins always; a contributor while their institution is assigned to the recommendation; nobody
// else (e.g. someone made a viewer). Other kinds are always the person's own.
import { discussesEverywhere, mayDiscuss, type Participant } from "@/lib/comments/policy";
import type { NotificationKind } from "./kinds";

export interface Recipient extends Participant {
  id: string;
}

/** Whether a notification is visible, given the institutions now assigned to its recommendation. */
export function mayStillSee(
  user: Participant,
  note: { kind: NotificationKind; assignedInstitutionIds: readonly string[] },
): boolean {
  return note.kind !== "MENTION" || mayDiscuss(user, note.assignedInstitutionIds);
}

/**
 * The condition on a person's notifications (Prisma `where`), the same rule as `mayStillSee`. The rule sits in
 * `AND`, so a caller may add its own `kind` or `readAt` beside it without replacing it.
 */
export function visibleWhere(user: Recipient) {
  if (discussesEverywhere(user.role)) return { userId: user.id };
  const mention: NotificationKind = "MENTION";
  const institutionId = user.role === "CONTRIBUTOR" ? user.institutionId : null;
  const visible = institutionId
    ? {
        OR: [{ kind: { not: mention } }, { recommendation: { is: { institutions: { some: { institutionId } } } } }],
      }
    : { kind: { not: mention } };
  return { userId: user.id, AND: [visible] };
}
