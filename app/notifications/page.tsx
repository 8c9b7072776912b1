import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { KIND } from "@/lib/notifications/kinds";
import { listNotifications } from "@/lib/notifications/queries";
import { MarkAllRead, NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Notifications" };

const Params = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

const when = (d: Date) =>
  `${d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}, ${d
    .toISOString()
    .slice(11, 16)} UTC`;

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/notifications")}`);
  const { page } = Params.parse(await searchParams);
  const { items, unread, pages } = await listNotifications(user, page);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
      <p className="mt-2 text-slate-700">
        {unread === 0 ? "Nothing unread." : unread === 1 ? "1 unread." : `${unread} unread.`}{" "}
        <Link href="/account/notifications">Choose which ones you also receive by e-mail</Link>.
      </p>
      {unread > 0 && (
        <div className="mt-4">
          <MarkAllRead />
        </div>
      )}
      {items.length === 0 ? (
        <p className="mt-6 text-slate-700">
          You have no notifications yet. You are notified when someone mentions you in a discussion, and of target dates
          of your follow-up entries.
        </p>
      ) : (
        <NotificationList
          rows={items.map((n) => ({
            id: n.id,
            kindLabel: KIND[n.kind].subject,
            text: n.text,
            when: when(n.createdAt),
            iso: n.createdAt.toISOString(),
            read: n.read,
            where: n.recommendation ? `${n.recommendation.year} · recommendation ${n.recommendation.label}` : null,
          }))}
        />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/notifications?page=${p}`} label="Pages of notifications" />
    </>
  );
}
