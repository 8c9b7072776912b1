import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  const [{ q }, t] = await Promise.all([searchParams.then(parseSearchParams), getTranslations("search")]);
  return { title: q ? t("metaTitleQuery", { q }) : t("metaTitle") };
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
  const t = await getTranslations("search");
  const shown = result.pages > 1;
  const counts = { total: result.total, q, from: first + 1, to: first + result.hits.length };
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("metaTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>
      {invalid.length > 0 && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
          {t("ignored", { fields: invalid.join(", ") })}
        </p>
      )}
      <SearchForm q={q} filter={filter} options={options} />
      {views && <SavedViewsPanel page="SEARCH" query={searchHref(q, filter).split("?")[1] ?? ""} views={views} />}
      <section aria-labelledby="search-results-heading" className="mt-8">
        <h2 id="search-results-heading" className="sr-only">
          {t("results")}
        </h2>
        {q ? (
          <p role="status" className="text-sm text-slate-800">
            {result.total === 0
              ? t("nothingFound", { q })
              : result.hits.length === 0
                ? t("emptyPage", { page, total: result.total })
                : result.capped
                  ? t(shown ? "countCappedShown" : "countCapped", counts)
                  : t(shown ? "countShown" : "count", counts)}
            {result.capped && ` ${t("capped", { limit: RANKED_PER_KIND })}`}
            {result.total > 0 && result.hits.length === 0 && (
              <>
                {" "}
                <Link href={searchHref(q, filter)}>{t("firstPage")}</Link>
              </>
            )}
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t("typeWords")}</p>
        )}
        <SearchResults hits={result.hits} offset={first} />
        <Pagination page={page} pages={result.pages} href={(p) => searchHref(q, filter, p)} label={t("pages")} />
      </section>
    </>
  );
}
