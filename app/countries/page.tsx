import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/session";
import { listCountries } from "@/lib/countries/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EditCountryForm, NewCountryForm } from "@/components/catalogue/country-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("countries"))("title") };
}

export default async function CountriesPage() {
  await requireEditor("/countries");
  const [countries, t] = await Promise.all([listCountries(), getTranslations("countries")]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("crumb"), href: "/" }, { label: t("title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("intro", { link: (c) => <Link href="/cycles/new">{c}</Link> })}
      </p>
      <section aria-labelledby="new-country" className="mt-6 max-w-2xl">
        <h2 id="new-country" className="text-lg font-semibold">
          {t("new")}
        </h2>
        <NewCountryForm />
      </section>
      <section aria-labelledby="known-countries" className="mt-10 max-w-2xl">
        <h2 id="known-countries" className="text-lg font-semibold">
          {t("known")}
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 space-y-6">
            {countries.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 px-4 pb-4">
                <p className="mt-3 text-sm text-slate-700">{t("cycles", { name: c.name, count: c._count.cycles })}</p>
                <EditCountryForm country={{ id: c.id, version: c.version, code: c.code, name: c.name }} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
