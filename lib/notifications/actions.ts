"use server";
// The server actions of a person's notifications, each declared once (lib/actions/define.ts).
import { action } from "@/lib/actions/define";
import { markAllRead, markRead, savePreferences } from "./mutations";
import { MarkAllReadSchema, MarkReadSchema, PreferencesSchema } from "./schema";

const signedIn = (user: { id: string } | null) => user !== null;

export const markNotificationReadAction = action({
  name: "markNotificationRead",
  schema: MarkReadSchema,
  allow: signedIn,
  run: markRead,
  success: () => ({ message: "Marked as read." }),
});

export const markAllNotificationsReadAction = action({
  name: "markAllNotificationsRead",
  schema: MarkAllReadSchema,
  allow: signedIn,
  run: (db, actor) => markAllRead(db, actor),
  success: (_, v) => ({
    message: v.count === 1 ? "1 notification marked as read." : `${v.count} notifications marked as read.`,
  }),
});

export const saveNotificationPreferencesAction = action({
  name: "saveNotificationPreferences",
  schema: PreferencesSchema,
  allow: signedIn,
  run: savePreferences,
  success: () => ({ message: "Your e-mail choices were saved." }),
});
