import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";
import { listNotifications } from "@/lib/notifications/queries";
import { MarkAllRead, NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationsPage");
  return { title: t("metaTitle") };
}

const Params = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/notifications")}`);
  const { page } = Params.parse(await searchParams);
  const [{ items, unread, pages }, t, language] = await Promise.all([
    listNotifications(user, page),
    getTranslations("notificationsPage"),
    getLocale(),
  ]);
  const locale = asLocale(language);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("metaTitle")}</h1>
      <p className="mt-2 text-slate-700">
        {t("unread", { count: unread })}{" "}
        {t.rich("chooseEmail", { link: (c) => <Link href="/account/notifications">{c}</Link> })}
      </p>
      {unread > 0 && (
        <div className="mt-4">
          <MarkAllRead />
        </div>
      )}
      {items.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("empty")}</p>
      ) : (
        <NotificationList
          rows={items.map((n) => ({
            id: n.id,
            kindLabel: t(`kind.${n.kind}.subject`),
            text: n.text,
            when: t("when", { when: formatDateTime(n.createdAt, locale) }),
            iso: n.createdAt.toISOString(),
            read: n.read,
            where: n.recommendation ? t("where", { year: n.recommendation.year, label: n.recommendation.label }) : null,
          }))}
        />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/notifications?page=${p}`} label={t("pages")} />
    </>
  );
}
