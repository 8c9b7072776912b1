// The signed-in person in the site header: their name opens a small menu with their role, the language, password
// and notification settings, and signing out.
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { HeaderMenu } from "./header-menu";

export function AccountMenu({ name, role, signOut }: { name: string; role: string; signOut: ReactNode }) {
  const t = useTranslations("header");
  return (
    <HeaderMenu
      summary={
        <>
          <span className="max-w-[11rem] truncate font-medium">{name}</span>
          <span className="sr-only">{t("accountMenu", { role })}</span>
        </>
      }
    >
      <span className="rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{role}</span>
      <Link href="/account/language">{t("languageSettings")}</Link>
      <Link href="/account/password">{t("password")}</Link>
      <Link href="/account/notifications">{t("notificationSettings")}</Link>
      {signOut}
    </HeaderMenu>
  );
}
