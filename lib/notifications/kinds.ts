// The kinds of notification, their names, and each kind's e-mail default. Pure; the enum lives in the
// database (prisma/schema.prisma NotificationKind) and its words here, like lib/vocab.ts. The subjects are
// English message ids, translated for each recipient's e-mail (lib/i18n/server-messages.ts).
import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { serverText } from "@/lib/i18n/server-messages-marker";

export type { EmailDelivery, NotificationKind };

export const NOTIFICATION_KINDS = [
  "MENTION",
  "ASSIGNMENT",
  "RETURNED_DRAFT",
  "PUBLISHED_DRAFT",
  "DEADLINE_APPROACHING",
  "DEADLINE_PASSED",
] as const satisfies readonly NotificationKind[];

export const KIND: Record<NotificationKind, { label: string; subject: string; hint: string }> = {
  MENTION: {
    label: "Mentions",
    subject: serverText("You were mentioned"),
    hint: "Someone mentions you in a discussion.",
  },
  ASSIGNMENT: {
    label: "Assignments",
    subject: serverText("Assigned to you"),
    hint: "A recommendation is assigned to you or your institution.",
  },
  RETURNED_DRAFT: {
    label: "Returned drafts",
    subject: serverText("Your draft was returned"),
    hint: "An editor returns your draft with a comment.",
  },
  PUBLISHED_DRAFT: {
    label: "Published drafts",
    subject: serverText("Your draft was published"),
    hint: "An editor publishes your draft for every reader.",
  },
  DEADLINE_APPROACHING: {
    label: "Approaching deadlines",
    subject: serverText("A target date is approaching"),
    hint: "A target date of your follow-up is near.",
  },
  DEADLINE_PASSED: {
    label: "Passed deadlines",
    subject: serverText("A target date has passed"),
    hint: "A target date of your follow-up has passed.",
  },
};

export const DELIVERY: Record<EmailDelivery, string> = {
  NONE: "No e-mail",
  IMMEDIATE: "E-mail at once",
  DIGEST: "In the daily digest",
};

/** Without a saved choice: at once for what needs a person's action, deadlines in the daily digest. */
export const DEFAULT_DELIVERY: Record<NotificationKind, EmailDelivery> = {
  MENTION: "IMMEDIATE",
  ASSIGNMENT: "IMMEDIATE",
  RETURNED_DRAFT: "IMMEDIATE",
  PUBLISHED_DRAFT: "DIGEST",
  DEADLINE_APPROACHING: "DIGEST",
  DEADLINE_PASSED: "DIGEST",
};

export function deliveryOf(
  saved: readonly { kind: NotificationKind; delivery: EmailDelivery }[],
  kind: NotificationKind,
) {
  return saved.find((p) => p.kind === kind)?.delivery ?? DEFAULT_DELIVERY[kind];
}
