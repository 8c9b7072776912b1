import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/session";
import { listCountries } from "@/lib/countries/queries";
import { ELECTION_TYPE } from "@/lib/vocab";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NewCycleForm } from "@/components/catalogue/new-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("new.title") };
}

export default async function NewCyclePage() {
  await requireEditor("/cycles/new");
  const [countries, t] = await Promise.all([listCountries(), getTranslations("cycles")]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("crumb"), href: "/" }, { label: t("new.title") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("new.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("new.intro")}</p>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("new.country", { link: (c) => <Link href="/countries">{c}</Link> })}
      </p>
      <div className="mt-2 max-w-2xl">
        <NewCycleForm
          countries={countries.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
          electionTypes={Object.keys(ELECTION_TYPE).map((value) => ({ value, label: t(`electionType.${value}`) }))}
        />
      </div>
    </>
  );
}
