// Site header: product name, navigation, the language switcher, and who is signed in. On one line from 1024 px
// (lg and wider: nothing in it wraps); narrower screens stack the name above the rest.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/vocab";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { HeaderSearch } from "./search/header-search";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";
import { AccountMenu } from "./account-menu";

export function SiteHeader({ user, unread = 0 }: { user: { name: string; role: Role } | null; unread?: number }) {
  const t = useTranslations("header");
  const role = useTranslations("role");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-[100rem] flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-center lg:justify-between lg:gap-4 2xl:gap-6 lg:whitespace-nowrap">
        {/* Shortened on screen between 1024 and 1536 px so the header keeps to one line; read out in full. */}
        <Link href="/" className="text-base font-semibold text-slate-900 no-underline hover:underline">
          <span className="lg:max-2xl:sr-only">{t("productName")}</span>
          <span className="hidden lg:max-2xl:inline" aria-hidden="true">
            {t("productNameShort")}
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 lg:flex-nowrap lg:gap-x-2 2xl:gap-x-4">
          <nav aria-label={t("mainNavigation")}>
            <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 lg:flex-nowrap lg:gap-x-2 2xl:gap-x-3">
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
              {/* Users are the first area of the admin page: one item keeps the header on one line in Russian and Kazakh. */}
              {user?.role === "ADMIN" && (
                <li>
                  <NavLink href="/admin" sections={["/admin"]}>
                    {t("admin")}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <HeaderSearch />
          <LanguageSwitcher />
          <div className="no-print flex items-center gap-3 text-sm">
            {user ? (
              <>
                <NotificationBell unread={unread} />
                <AccountMenu name={user.name} role={role(user.role)} signOut={<SignOutButton />} />
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
