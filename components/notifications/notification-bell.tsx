// The bell in the site header: a link to the notifications page whose name says how many are unread
// ("Notifications, 3 unread"); the count is also shown beside the bell.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotificationBell({ unread }: { unread: number }) {
  const name = useTranslations("header")("notifications", { count: unread });
  return (
    <Link
      href="/notifications"
      aria-label={name}
      title={name}
      className="inline-flex items-center gap-1 rounded px-1 py-0.5 text-slate-800 no-underline hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="rounded-full bg-rose-700 px-1.5 text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
