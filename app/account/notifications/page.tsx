import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { preferencesOf } from "@/lib/notifications/queries";
import { PreferencesForm } from "@/components/notifications/preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationsPage.prefs");
  return { title: t("title") };
}

export default async function NotificationPreferencesPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("notificationsPage.prefs")]);
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/notifications")}`);
  const { emailOn, choices } = await preferencesOf(user.id);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich("intro", { email: user.email, link: (c) => <Link href="/notifications">{c}</Link> })}
      </p>
      {!emailOn && (
        <p role="note" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900">
          {t("noMail")}
        </p>
      )}
      <PreferencesForm choices={choices} />
    </div>
  );
}
