import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddInstitutionForm, EditInstitutionForm } from "@/components/admin/institution-forms";
import { listInstitutions } from "@/lib/institutions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("institutions"))("title") };
}

export default async function InstitutionsPage() {
  await requireAdmin("/admin/institutions");
  const institutions = await listInstitutions();
  const t = await getTranslations("institutions");
  const admin = await getTranslations("admin");
  return (
    <>
      <Breadcrumbs items={[{ label: admin("title"), href: "/admin" }, { label: t("title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("intro", { audit: (c) => <Link href="/audit?entityType=Institution">{c}</Link> })}
      </p>

      {institutions.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("col.name")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("col.abbreviation")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("col.status")}
                </th>
                <th scope="col" className="no-print py-2 font-semibold">
                  {t("col.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {institutions.map((i) => (
                <tr key={i.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {i.name}
                    {i.description && (
                      <p className="mt-0.5 max-w-prose font-normal whitespace-pre-wrap text-slate-700">
                        {i.description}
                      </p>
                    )}
                    {i.sourceDocument && (
                      <p className="mt-0.5 max-w-prose text-sm font-normal text-slate-700">
                        {t.rich(i.sourceLocation ? "namedInAt" : "namedIn", {
                          title: i.sourceDocument.title,
                          location: i.sourceLocation ?? "",
                          doc: (c) => <Link href={`/documents/${i.sourceDocument!.slug}`}>{c}</Link>,
                        })}
                      </p>
                    )}
                  </th>
                  <td className="py-2 pr-4">{i.abbreviation ?? <span className="text-slate-600">{t("none")}</span>}</td>
                  <td className="py-2 pr-4">
                    {i.active ? t("active") : <span className="text-slate-600">{t("inactive")}</span>}
                  </td>
                  <td className="no-print py-2">
                    <EditInstitutionForm
                      institution={{
                        id: i.id,
                        version: i.version,
                        name: i.name,
                        abbreviation: i.abbreviation,
                        description: i.description,
                        active: i.active,
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section
        aria-labelledby="add-institution-heading"
        className="no-print mt-10 max-w-md border-t border-slate-200 pt-6"
      >
        <h2 id="add-institution-heading" className="text-lg font-semibold">
          {t("addTitle")}
        </h2>
        <AddInstitutionForm />
      </section>
    </>
  );
}
