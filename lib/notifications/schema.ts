import { z } from "zod";
import { entityId } from "@/lib/validation";
import { NOTIFICATION_KINDS } from "./kinds";

export const MarkReadSchema = z.object({ id: entityId("Notification") });
export const MarkAllReadSchema = z.object({});

const delivery = z.enum(["NONE", "IMMEDIATE", "DIGEST"], { message: "Choose how to receive these" });
/** One field per kind, named after it (MENTION, ASSIGNMENT, …). */
export const PreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, delivery])) as Record<
    (typeof NOTIFICATION_KINDS)[number],
    typeof delivery
  >,
);
export type MarkRead = z.infer<typeof MarkReadSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
