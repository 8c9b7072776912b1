import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { getCycle } from "@/lib/cycles/queries";
import { parseCycleFilter } from "@/lib/cycles/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ClaimList } from "@/components/claim-box";
import { CycleFacts, cycleHeading } from "@/components/cycle-facts";
import { DocumentLinks } from "@/components/document-links";
import { FilterForm } from "@/components/filter-form";
import { RecommendationList } from "@/components/recommendation-list";
import { StatusSummary } from "@/components/status-summary";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Human names of the filters, for the "ignored" notice.
const FILTER_NAMES: Record<string, string> = { section: "Section", status: "State response", priority: "Priority" };

// Metadata and page share one query per request (React cache keys on the arguments).
const load = cache(async (slug: string, filterKey: string) => (slug.length > 100 ? null : getCycle(slug, JSON.parse(filterKey))));

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params;
  const path = `/cycles/${encodeURIComponent(slug)}`;
  const { filter, invalid } = parseCycleFilter(await searchParams);
  // Keep the (valid) filters across sign-in, so a shared filtered link still works.
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  const user = await requireReader(query ? `${path}?${query}` : path);
  const data = await load(slug, JSON.stringify(filter));
  if (!data) notFound();
  return { path, filter, invalid, data, user };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { cycle } = (await resolve(props)).data;
  return { title: `${cycle.year} ${cycle.title}` };
}

export default async function CyclePage(props: Props) {
  const { path, filter, invalid, data, user } = await resolve(props);
  const { cycle, sections, recommendations, documents, responseCounts, total } = data;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: `${cycle.year} ${cycle.title}` }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{cycleHeading(cycle)}</h1>
      <p className="mt-1 text-slate-700">{cycle.country.name}</p>
      <div className="mt-4">
        <CycleFacts cycle={cycle} />
      </div>
      {cycle.notes && <p className="mt-4 max-w-prose text-slate-800">{cycle.notes}</p>}
      <p className="mt-4 print:hidden">
        <Link href={`/reports/${cycle.slug}`}>Report for this cycle</Link>
        <span aria-hidden="true"> · </span>
        <Link href={`/dashboards/${cycle.slug}`}>Dashboard</Link>
      </p>

      {cycle.claims.length > 0 && (
        <section aria-labelledby="claims" className="mt-8">
          <h2 id="claims" className="text-lg font-semibold">
            Claims about this cycle
          </h2>
          <div className="mt-3">
            <ClaimList claims={cycle.claims} showQuote />
          </div>
        </section>
      )}

      <section aria-labelledby="documents" className="mt-8">
        <h2 id="documents" className="text-lg font-semibold">
          Documents
        </h2>
        <div className="mt-3">
          <DocumentLinks documents={documents} />
        </div>
      </section>

      <section aria-labelledby="recommendations" className="mt-10 border-t border-slate-200 pt-8">
        <h2 id="recommendations" className="text-xl font-semibold">
          Recommendations
        </h2>
        {canEdit(user) && (
          <p className="mt-2 print:hidden">
            <Link href={`/cycles/${cycle.slug}/recommendations/new`}>Add a recommendation text</Link>
            <span aria-hidden="true"> · </span>
            <Link href={`/cycles/${cycle.slug}/recommendations/import`}>Import texts from a CSV file</Link>
            <span className="text-slate-600"> — for texts not in the tracker yet, with their provenance</span>
          </p>
        )}
        {total === 0 ? (
          <EmptyCycle sections={sections.filter((s) => s.parentId === null).map((s) => s.title)} />
        ) : (
          <>
            <div className="mt-3">
              <p className="mb-2 text-sm text-slate-700">State&rsquo;s responses across the cycle:</p>
              <StatusSummary counts={responseCounts} total={total} />
            </div>
            <div className="mt-6">
              <FilterForm
                action={path}
                sections={sections}
                values={{ section: filter.section, status: filter.status, priority: filter.priority }}
              />
            </div>
            {invalid.length > 0 && (
              <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700">
                Ignored an invalid filter: {invalid.map((k) => FILTER_NAMES[k] ?? k).join(", ")}.
              </p>
            )}
            <p className="mt-4 text-sm font-medium text-slate-800" aria-live="polite">
              Showing {recommendations.length} of {total} {total === 1 ? "recommendation" : "recommendations"}
            </p>
            {recommendations.length === 0 ? (
              <p className="mt-4 text-slate-700">
                No recommendations match these filters. <Link href={path}>Show all recommendations</Link>.
              </p>
            ) : (
              <RecommendationList sections={sections} recommendations={recommendations} keepEmptySections={!filtered} level={3} />
            )}
          </>
        )}
      </section>
    </>
  );
}

function EmptyCycle({ sections }: { sections: string[] }) {
  return (
    <div className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-5 text-slate-800">
      <p>
        The recommendation texts of this report are not in the tracker&rsquo;s sources yet. They can be added later, each with
        its provenance; nothing is shown here until then, so no text is ever invented.
      </p>
      {sections.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">Sections of the report&rsquo;s recommendations:</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {sections.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
