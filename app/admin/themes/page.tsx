import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddThemeForm, EditThemeForm } from "@/components/themes/theme-admin-forms";
import { themeList } from "@/lib/themes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.themes"))("title") };
}

export default async function ThemesAdminPage() {
  await requireAdmin("/admin/themes");
  const themes = await themeList();
  const t = await getTranslations("admin.themes");
  const admin = await getTranslations("admin");
  return (
    <>
      <Breadcrumbs items={[{ label: admin("title"), href: "/admin" }, { label: t("title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("intro", { audit: (c) => <Link href="/audit?entityType=Theme">{c}</Link> })}
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("recommendations")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("status")}
              </th>
              <th scope="col" className="no-print py-2 font-semibold">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/dashboards/themes/${theme.id}`}>{theme.name}</Link>
                </th>
                <td className="py-2 pr-4">{theme._count.recommendations}</td>
                <td className="py-2 pr-4">
                  {theme.active ? t("active") : <span className="text-slate-600">{t("inactive")}</span>}
                </td>
                <td className="no-print py-2">
                  <EditThemeForm
                    theme={{ id: theme.id, version: theme.version, name: theme.name, active: theme.active }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="add-theme-heading" className="mt-8 text-lg font-semibold">
        {t("add")}
      </h2>
      <AddThemeForm />
    </>
  );
}
