import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/session";
import { listCountries } from "@/lib/countries/queries";
import { ELECTION_TYPE } from "@/lib/vocab";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NewCycleForm } from "@/components/catalogue/new-forms";

export const metadata: Metadata = { title: "New election cycle" };

export default async function NewCyclePage() {
  await requireEditor("/cycles/new");
  const countries = await listCountries();
  return (
    <>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "New election cycle" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">New election cycle</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        An observed election and its final report. Its recommendations and documents are added from the cycle page
        afterwards. Every change is recorded in the audit history with your name.
      </p>
      <p className="mt-2 max-w-prose text-slate-700">
        Country not in the list? <Link href="/countries">Add a country</Link> first.
      </p>
      <div className="mt-2 max-w-2xl">
        <NewCycleForm
          countries={countries.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
          electionTypes={Object.entries(ELECTION_TYPE).map(([value, label]) => ({ value, label }))}
        />
      </div>
    </>
  );
}
