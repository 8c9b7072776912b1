import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { preferencesOf } from "@/lib/notifications/queries";
import { PreferencesForm } from "@/components/notifications/preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountPages"))("notificationsTitle") };
}

export default async function NotificationPreferencesPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent("/account/notifications")}`);
  const { emailOn, choices } = await preferencesOf(user.id);
  const t = await getTranslations("accountPages");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("notificationsTitle")}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich("notificationsIntro", {
          email: user.email,
          link: (c) => <Link href="/notifications">{c}</Link>,
        })}
      </p>
      {!emailOn && (
        <p role="note" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900">
          {t("notificationsNoEmail")}
        </p>
      )}
      <PreferencesForm choices={choices} />
    </div>
  );
}
