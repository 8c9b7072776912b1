"use client";
// A person's notifications, newest first: each one's text is a link that opens it (marks it read and goes
// to its recommendation); unread ones can be marked read here, or all at once.
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { FormStatus } from "@/components/forms/form-status";
import { useAction } from "@/components/forms/use-action";

export interface NotificationRow {
  id: string;
  kindLabel: string;
  text: string;
  when: string;
  iso: string;
  read: boolean;
  where: string | null;
}

const button =
  "rounded border border-sky-800 bg-white px-3 py-1 text-sm font-semibold text-sky-800 hover:bg-sky-50 disabled:opacity-60";

function MarkRead({ id, text }: { id: string; text: string }) {
  const t = useTranslations("notificationsPage");
  const [state, action, pending] = useAction(markNotificationReadAction);
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={button}>
        {t.rich("markRead", { text, sr: (c) => <span className="sr-only">{c}</span> })}
      </button>
      {state.status === "error" && <FormStatus state={state} />}
    </form>
  );
}

export function MarkAllRead() {
  const t = useTranslations("notificationsPage");
  const [state, action, pending] = useAction(markAllNotificationsReadAction);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className={button}>
        {t("markAll")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function NotificationList({ rows }: { rows: NotificationRow[] }) {
  const t = useTranslations("notificationsPage");
  return (
    <ul className="mt-4 space-y-3">
      {rows.map((n) => (
        <li
          key={n.id}
          className={`rounded-md border px-4 py-3 ${n.read ? "border-slate-200 bg-white" : "border-sky-700 bg-sky-50"}`}
        >
          <p className="text-sm text-slate-700">
            {!n.read && (
              <span className="mr-2 rounded-sm bg-sky-800 px-1.5 py-0.5 text-xs text-white">{t("unreadBadge")}</span>
            )}
            {n.kindLabel}
            {n.where && ` · ${n.where}`} · <time dateTime={n.iso}>{n.when}</time>
          </p>
          <p className="mt-1">
            {/* A plain link: the route marks it read, then the whole page (and the bell) is loaded anew. */}
            <a href={`/notifications/${n.id}`} className="font-medium">
              {n.text}
            </a>
          </p>
          {!n.read && <MarkRead id={n.id} text={n.text} />}
        </li>
      ))}
    </ul>
  );
}
