import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddThemeForm, EditThemeForm } from "@/components/themes/theme-admin-forms";
import { themeList } from "@/lib/themes/queries";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesAdminPage() {
  await requireAdmin("/admin/themes");
  const themes = await themeList();
  return (
    <>
      <Breadcrumbs items={[{ label: "Admin", href: "/admin" }, { label: "Themes" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Themes</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        The themes editors can give recommendations, to follow a subject across cycles. An inactive theme stays on the
        recommendations that have it, but cannot be given again. Changes are recorded in the{" "}
        <Link href="/audit?entityType=Theme">audit history</Link>.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Themes, with how many recommendations have each, and their status</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Name
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Recommendations
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Status
              </th>
              <th scope="col" className="no-print py-2 font-semibold">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/dashboards/themes/${t.id}`}>{t.name}</Link>
                </th>
                <td className="py-2 pr-4">{t._count.recommendations}</td>
                <td className="py-2 pr-4">{t.active ? "Active" : <span className="text-slate-600">Inactive</span>}</td>
                <td className="no-print py-2">
                  <EditThemeForm theme={{ id: t.id, version: t.version, name: t.name, active: t.active }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="add-theme-heading" className="mt-8 text-lg font-semibold">
        Add a theme
      </h2>
      <AddThemeForm />
    </>
  );
}
