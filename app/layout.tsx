import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(user) : 0;
  // The reader's language (lib/i18n/request-locale.ts): the user's setting, cookie, browser, else English.
  const [locale, t] = await Promise.all([getLocale(), getTranslations("layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="skip-link sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader user={user} unread={unread} />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 focus:outline-none sm:px-6 has-[>.page-wide]:max-w-[100rem]"
          >
            {children}
          </main>
          <footer className="border-t border-slate-200">
            <p className="mx-auto max-w-4xl px-4 py-4 text-sm text-slate-700 sm:px-6">{t("footer")}</p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
