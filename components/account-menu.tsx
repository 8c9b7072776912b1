"use client";
// The signed-in person in the site header: their name opens a small menu with their role, the password page and
// signing out, so the header stays on one line at 1280 px. A native <details>: keyboard and screen readers work
// without scripts; the script only closes it on navigation, on Escape and on a click elsewhere.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export function AccountMenu({ name, role, signOut }: { name: string; role: string; signOut: ReactNode }) {
  const t = useTranslations("header");
  const ref = useRef<HTMLDetailsElement>(null);
  const path = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [path]);
  useEffect(() => {
    const close = (e: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !menu.contains(e.target as Node)) {
        menu.open = false;
        if (e instanceof KeyboardEvent) menu.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);
  return (
    <details ref={ref} className="relative">
      <summary className="flex cursor-pointer items-center gap-1 rounded px-1 py-0.5 text-slate-900 hover:bg-slate-100">
        <span className="max-w-[11rem] truncate font-medium">{name}</span>
        <span className="sr-only">{t("accountMenu", { role })}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex min-w-48 flex-col items-start gap-2 rounded-md border border-slate-300 bg-white p-3 shadow-md">
        <span className="rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{role}</span>
        <Link href="/account/language">{t("languageSettings")}</Link>
        <Link href="/account/password">{t("password")}</Link>
        <Link href="/account/notifications">{t("notificationSettings")}</Link>
        {signOut}
      </div>
    </details>
  );
}
