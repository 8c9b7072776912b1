// Site header: product name, navigation, and who is signed in. On one line from 1280 px (lg and wider: nothing in
// it wraps); narrower screens stack the name above the rest.
import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE, type Role } from "@/lib/vocab";
import { NavLink } from "./nav-link";
import { HeaderSearch } from "./search/header-search";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";
import { AccountMenu } from "./account-menu";

export function SiteHeader({
  user,
  unread = 0,
  languageSwitcher,
}: {
  user: { name: string; role: Role } | null;
  unread?: number;
  /** The slot for the language switcher (issue 12), between the search and the account. */
  languageSwitcher?: ReactNode;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-[100rem] flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-center lg:justify-between lg:gap-6 lg:whitespace-nowrap">
        {/* Shortened on screen between 1024 and 1536 px so the header keeps to one line; read out in full. */}
        <Link href="/" className="text-base font-semibold text-slate-900 no-underline hover:underline">
          ODIHR <span className="lg:max-2xl:sr-only">Recommendations </span>Follow-up
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 lg:flex-nowrap">
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 lg:flex-nowrap">
              <li>
                <NavLink href="/" sections={["/", "/cycles", "/recommendations"]}>
                  Cycles
                </NavLink>
              </li>
              <li>
                <NavLink href="/documents" sections={["/documents"]}>
                  Documents
                </NavLink>
              </li>
              <li>
                <NavLink href="/dashboards" sections={["/dashboards"]}>
                  Dashboards
                </NavLink>
              </li>
              <li>
                <NavLink href="/reports" sections={["/reports"]}>
                  Reports
                </NavLink>
              </li>
              {user && (
                <li>
                  <NavLink href="/my-work" sections={["/my-work"]}>
                    My work
                  </NavLink>
                </li>
              )}
              {(user?.role === "EDITOR" || user?.role === "ADMIN" || user?.role === "CONTRIBUTOR") && (
                <li>
                  <NavLink href="/review" sections={["/review"]}>
                    Review
                  </NavLink>
                </li>
              )}
              {(user?.role === "EDITOR" || user?.role === "ADMIN") && (
                <li>
                  <NavLink href="/audit" sections={["/audit"]}>
                    Audit
                  </NavLink>
                </li>
              )}
              {user?.role === "ADMIN" && (
                <>
                  <li>
                    <NavLink href="/admin/users" sections={["/admin/users"]}>
                      Users
                    </NavLink>
                  </li>
                  <li>
                    <NavLink href="/admin" sections={["/admin"]} except={["/admin/users"]}>
                      Admin
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <HeaderSearch />
          {languageSwitcher}
          <div className="no-print flex items-center gap-3 text-sm">
            {user ? (
              <>
                <NotificationBell unread={unread} />
                <AccountMenu name={user.name} role={ROLE[user.role]} signOut={<SignOutButton />} />
              </>
            ) : (
              <Link href="/sign-in">Sign in</Link>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
