import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { listCountries } from "@/lib/countries/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EditCountryForm, NewCountryForm } from "@/components/catalogue/country-forms";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage() {
  await requireEditor("/countries");
  const countries = await listCountries();
  return (
    <>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Countries" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Countries</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        The states whose election cycles the tracker follows. Once a country is here,{" "}
        <Link href="/cycles/new">create its election cycles</Link>.
      </p>
      <section aria-labelledby="new-country" className="mt-6 max-w-2xl">
        <h2 id="new-country" className="text-lg font-semibold">
          New country
        </h2>
        <NewCountryForm />
      </section>
      <section aria-labelledby="known-countries" className="mt-10 max-w-2xl">
        <h2 id="known-countries" className="text-lg font-semibold">
          Countries in the tracker
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <ul className="mt-2 space-y-6">
            {countries.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 px-4 pb-4">
                <p className="mt-3 text-sm text-slate-700">
                  {c.name}: {c._count.cycles} {c._count.cycles === 1 ? "election cycle" : "election cycles"}
                </p>
                <EditCountryForm country={{ id: c.id, version: c.version, code: c.code, name: c.name }} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
