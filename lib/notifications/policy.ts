// Which of a person's notifications they may still see. Pure. A mention quotes an internal comment: once
// the person may no longer take part in the discussion (e.g. made a viewer), their mentions are hidden.
import { mayDiscuss } from "@/lib/comments/policy";
import type { Role } from "@/lib/vocab";
import type { NotificationKind } from "./kinds";

export interface Recipient {
  id: string;
  role: Role;
}

export function hiddenKinds(role: Role): NotificationKind[] {
  return mayDiscuss(role) ? [] : ["MENTION"];
}

/** The condition on a person's notifications (Prisma `where`). */
export function visibleWhere(user: Recipient) {
  const hidden = hiddenKinds(user.role);
  return { userId: user.id, ...(hidden.length ? { kind: { notIn: hidden } } : {}) };
}
