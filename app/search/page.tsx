import type { Metadata } from "next";
import Link from "next/link";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { RANKED_PER_KIND, search, searchFilterOptions } from "@/lib/search/queries";
import { parseSearchParams, SEARCH_PAGE_SIZE, searchHref } from "@/lib/search/schema";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return { title: q ? `Search: ${q}` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, filter, page, invalid } = parseSearchParams(await searchParams);
  const user = await requireReader(searchHref(q, filter, page));
  // Internal follow-up notes are for editors and admins only, as on the recommendation page.
  const [result, options] = await Promise.all([
    search(q, filter, { page, includeInternal: canEdit(user) }),
    searchFilterOptions(filter.cycle),
  ]);
  const views = user ? await myViews(user.id, "SEARCH") : null;
  const first = (page - 1) * SEARCH_PAGE_SIZE;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Recommendation texts, the state&apos;s responses, independent assessments, follow-up entries and documents.
        Withdrawn entries are not searched.
      </p>
      {invalid.length > 0 && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
          Ignored because not valid: {invalid.join(", ")}.
        </p>
      )}
      <SearchForm q={q} filter={filter} options={options} />
      {views && <SavedViewsPanel page="SEARCH" query={searchHref(q, filter).split("?")[1] ?? ""} views={views} />}
      <section aria-labelledby="search-results-heading" className="mt-8">
        <h2 id="search-results-heading" className="sr-only">
          Results
        </h2>
        {q ? (
          <p role="status" className="text-sm text-slate-800">
            {result.total === 0
              ? `Nothing found for “${q}”.`
              : result.hits.length === 0
                ? `No results on page ${page}; ${result.total} in all.`
                : `${result.capped ? "More than " : ""}${result.total} ${result.total === 1 ? "result" : "results"}` +
                  ` for “${q}”` +
                  (result.pages > 1 ? `, ${first + 1}–${first + result.hits.length} shown.` : ".")}
            {result.capped &&
              ` So many texts match that only the first ${RANKED_PER_KIND} of each kind were ranked: add words,` +
                " a phrase in quotes or a filter to find the best matches."}
            {result.total > 0 && result.hits.length === 0 && (
              <>
                {" "}
                <Link href={searchHref(q, filter)}>First page</Link>
              </>
            )}
          </p>
        ) : (
          <p className="text-sm text-slate-700">Type words above to search.</p>
        )}
        <SearchResults hits={result.hits} offset={first} />
        <Pagination
          page={page}
          pages={result.pages}
          href={(p) => searchHref(q, filter, p)}
          label="Pages of search results"
        />
      </section>
    </>
  );
}
