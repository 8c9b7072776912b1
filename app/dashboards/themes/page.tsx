// The themes, each a link to its dashboard across cycles.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireReader } from "@/lib/auth/session";
import { themeList } from "@/lib/themes/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("themesTitle") };
}

export default async function ThemesPage() {
  await requireReader("/dashboards/themes");
  const themes = (await themeList()).filter((th) => th.active || th._count.recommendations > 0);
  const tx = await getTranslations("dashboards");
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: tx("title"), href: "/dashboards" }, { label: tx("themesTitle") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{tx("themesTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{tx("themesIntro")}</p>
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {themes.map((t) => (
          <li key={t.id} className="flex justify-between gap-4 py-2">
            <Link href={`/dashboards/themes/${t.id}`}>{t.name}</Link>
            <span className="text-sm text-slate-700">{tx("recommendations", { count: t._count.recommendations })}</span>
          </li>
        ))}
      </ul>
    </WidePage>
  );
}
