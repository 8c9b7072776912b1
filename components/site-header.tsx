// Site header: product name, navigation, the language switcher, and who is signed in.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/vocab";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { HeaderSearch } from "./search/header-search";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";

export function SiteHeader({ user, unread = 0 }: { user: { name: string; role: Role } | null; unread?: number }) {
  const t = useTranslations("header");
  const role = useTranslations("role");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Link href="/" className="text-base font-semibold text-slate-900 no-underline hover:underline">
          {t("productName")}
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label={t("mainNavigation")}>
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <li>
                <NavLink href="/" sections={["/", "/cycles", "/recommendations"]}>
                  {t("cycles")}
                </NavLink>
              </li>
              <li>
                <NavLink href="/documents" sections={["/documents"]}>
                  {t("documents")}
                </NavLink>
              </li>
              <li>
                <NavLink href="/dashboards" sections={["/dashboards"]}>
                  {t("dashboards")}
                </NavLink>
              </li>
              <li>
                <NavLink href="/reports" sections={["/reports"]}>
                  {t("reports")}
                </NavLink>
              </li>
              {user && (
                <li>
                  <NavLink href="/my-work" sections={["/my-work"]}>
                    {t("myWork")}
                  </NavLink>
                </li>
              )}
              {(user?.role === "EDITOR" || user?.role === "ADMIN" || user?.role === "CONTRIBUTOR") && (
                <li>
                  <NavLink href="/review" sections={["/review"]}>
                    {t("review")}
                  </NavLink>
                </li>
              )}
              {(user?.role === "EDITOR" || user?.role === "ADMIN") && (
                <li>
                  <NavLink href="/audit" sections={["/audit"]}>
                    {t("audit")}
                  </NavLink>
                </li>
              )}
              {user?.role === "ADMIN" && (
                <>
                  <li>
                    <NavLink href="/admin/users" sections={["/admin/users"]}>
                      {t("users")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink href="/admin" sections={["/admin"]} except={["/admin/users"]}>
                      {t("admin")}
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <HeaderSearch />
          <LanguageSwitcher />
          <div className="no-print flex items-center gap-3 text-sm">
            {user ? (
              <>
                <NotificationBell unread={unread} />
                <span className="text-slate-900">
                  <span className="font-medium">{user.name}</span>{" "}
                  <span className="rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                    {role(user.role)}
                  </span>
                </span>
                <Link href="/account/language">{t("languageSettings")}</Link>
                <Link href="/account/password">{t("password")}</Link>
                <SignOutButton />
              </>
            ) : (
              <Link href="/sign-in">{t("signIn")}</Link>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
