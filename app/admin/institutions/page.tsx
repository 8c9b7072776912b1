import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddInstitutionForm, EditInstitutionForm } from "@/components/admin/institution-forms";
import { listInstitutions } from "@/lib/institutions/queries";

export const metadata: Metadata = { title: "Institutions" };

export default async function InstitutionsPage() {
  await requireAdmin("/admin/institutions");
  const institutions = await listInstitutions();
  return (
    <>
      <Breadcrumbs items={[{ label: "Admin", href: "/admin" }, { label: "Institutions" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Institutions</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        The state bodies that editors can name as responsible for a recommendation. An inactive institution stays on the
        recommendations it was assigned to, but cannot be assigned again. Changes are recorded in the{" "}
        <Link href="/audit?entityType=Institution">audit history</Link>.
      </p>

      {institutions.length === 0 ? (
        <p className="mt-6 text-slate-700">No institutions yet. Add the first one below.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Institutions, with their abbreviation and status</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Name
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Abbreviation
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
                        Named in <Link href={`/documents/${i.sourceDocument.slug}`}>{i.sourceDocument.title}</Link>
                        {i.sourceLocation && `: ${i.sourceLocation}`}
                      </p>
                    )}
                  </th>
                  <td className="py-2 pr-4">{i.abbreviation ?? <span className="text-slate-600">none</span>}</td>
                  <td className="py-2 pr-4">
                    {i.active ? "Active" : <span className="text-slate-600">Inactive</span>}
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
          Add an institution
        </h2>
        <AddInstitutionForm />
      </section>
    </>
  );
}
