import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/queries";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ODIHR follow-up tracker", template: "%s · ODIHR follow-up tracker" },
  description: "Follow-up of OSCE/ODIHR election-observation recommendations for Kazakhstan (2005–2012).",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await unreadCount(user) : 0;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
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
          <p className="mx-auto max-w-4xl px-4 py-4 text-sm text-slate-700 sm:px-6">
            Recommendation texts and official responses are quoted verbatim from the sources, with provenance.
          </p>
        </footer>
      </body>
    </html>
  );
}
