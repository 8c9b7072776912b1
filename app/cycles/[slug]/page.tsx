// One cycle: its facts, claims and documents, and its recommendations in
// report order with both lenses' statuses at the moment shown (both clocks),
// counted from the same status rows as the dashboards.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { getCycle } from "@/lib/cycles/queries";
import { cycleRepeats } from "@/lib/links/lineage";
import { cycleQuery, parseCycleFilter, type CycleFilter } from "@/lib/cycles/schema";
import { todayIso } from "@/lib/dated";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { parseMoment, type Moment } from "@/lib/status/moment";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ClaimList } from "@/components/claim-box";
import { CycleFacts, cycleHeading } from "@/components/cycle-facts";
import { HowComputed } from "@/components/dashboard/how-computed";
import { MomentForm } from "@/components/dashboard/moment-fields";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { cycleDashboardHref, momentOnlyQuery } from "@/components/dashboard/urls";
import { DocumentLinks } from "@/components/document-links";
import { FilterForm } from "@/components/filter-form";
import { RecommendationList } from "@/components/recommendation-list";
import { BulkChangesForm } from "@/components/bulk/bulk-changes-form";
import { BULK_FORM } from "@/components/bulk/bulk-form-id";
import { bulkOptions } from "@/lib/bulk/queries";
import { StatusSummary } from "@/components/status-summary";
import { CycleRepeats } from "@/components/links/cycle-repeats";
import { CycleImports } from "@/components/report-import/cycle-imports";
import { listImports } from "@/lib/report-import/queries";
import { revertReportImportAction } from "@/lib/report-import/actions";
import { CoverageNote } from "@/components/coverage-note";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The filters, named for the "ignored" notice (words from the "cycles" namespace).
const FILTERS = ["section", "status", "independent", "priority"] as const;

// Metadata and page share one query per request (React cache keys on the arguments).
const load = cache(async (slug: string, filterKey: string, momentKey: string) =>
  slug.length > 100 ? null : getCycle(slug, JSON.parse(filterKey) as CycleFilter, JSON.parse(momentKey) as Moment),
);

// The page of the "Repeats of earlier recommendations" list; anything odd is page 1.
const RepeatsPage = z.coerce.number().int().min(1).max(100_000).catch(1);

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params;
  const path = `/cycles/${encodeURIComponent(slug)}`;
  const raw = await searchParams;
  const { filter, invalid } = parseCycleFilter(raw);
  const { moment, invalid: invalidMoment } = parseMoment(raw);
  // Keep the (valid) filters and moment across sign-in, so a shared link still works.
  const user = await requireReader(`${path}${cycleQuery(filter, moment)}`);
  const data = await load(slug, JSON.stringify(filter), JSON.stringify(moment));
  if (!data) notFound();
  const repeatsPage = RepeatsPage.parse(Array.isArray(raw.repeatsPage) ? raw.repeatsPage[0] : raw.repeatsPage);
  return { path, filter, moment, invalid: [...invalidMoment, ...invalid], data, user, repeatsPage };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { cycle } = (await resolve(props)).data;
  return { title: `${cycle.year} ${cycle.title}` };
}

export default async function CyclePage(props: Props) {
  const { path, filter, moment, invalid, data, user, repeatsPage } = await resolve(props);
  const { cycle, sections, recommendations, documents, responseCounts, assessmentCounts, total, coverage } = data;
  const [repeats, t, locale] = await Promise.all([
    cycleRepeats(cycle.id, moment, repeatsPage),
    getTranslations("cycles"),
    getLocale(),
  ]);
  const filterNames = Object.fromEntries(FILTERS.map((f) => [f, t(`filter.${f}`)]));
  const filtered = Object.keys(filter).length > 0;
  const options = { on: moment.on ?? undefined, asOf: moment.asOf ?? undefined };
  const atMoment = momentOnlyQuery(options);
  const filterKeep = [...new URLSearchParams(cycleQuery(filter, { on: null, asOf: null }))];
  const withFilter = (f: CycleFilter) => `${path}${cycleQuery(f, moment)}`;
  const imports = canEdit(user) ? await listImports(cycle.id) : null;
  const views = user ? await myViews(user.id, "CYCLE") : null;
  // Bulk actions: editors, in the current view only (not "as on" a past day).
  const bulk = canEdit(user) && !moment.on && !moment.asOf ? await bulkOptions() : null;

  return (
    <>
      <Breadcrumbs items={[{ label: t("crumb"), href: "/" }, { label: `${cycle.year} ${cycle.title}` }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{cycleHeading(cycle)}</h1>
      <p className="mt-1 text-slate-700">{cycle.country.name}</p>
      <div className="mt-4">
        <CycleFacts cycle={cycle} />
      </div>
      {cycle.notes && <p className="mt-4 max-w-prose text-slate-800">{cycle.notes}</p>}
      <p className="mt-4 print:hidden">
        <Link href={`/reports/${cycle.slug}${atMoment}`}>{t("page.report")}</Link>
        <span aria-hidden="true"> · </span>
        <Link href={cycleDashboardHref(cycle.slug, options)}>{t("page.dashboard")}</Link>
        {canEdit(user) && (
          <>
            <span aria-hidden="true"> · </span>
            <Link href={`/cycles/${cycle.slug}/edit`}>{t("page.edit")}</Link>
          </>
        )}
      </p>

      {cycle.claims.length > 0 && (
        <section aria-labelledby="claims" className="mt-8">
          <h2 id="claims" className="text-lg font-semibold">
            {t("page.claims")}
          </h2>
          <div className="mt-3">
            <ClaimList claims={cycle.claims} showQuote />
          </div>
        </section>
      )}

      <section aria-labelledby="documents" className="mt-8">
        <h2 id="documents" className="text-lg font-semibold">
          {t("page.documents")}
        </h2>
        <div className="mt-3">
          <DocumentLinks documents={documents} />
        </div>
        {canEdit(user) && (
          <p className="mt-2 print:hidden">
            {t.rich("page.newDocument", {
              link: (c) => <Link href={`/cycles/${cycle.slug}/documents/new`}>{c}</Link>,
              note: (c) => <span className="text-slate-600">{c}</span>,
            })}
          </p>
        )}
      </section>

      {imports && <CycleImports imports={imports} revert={revertReportImportAction} />}

      <section aria-labelledby="recommendations" className="mt-10 border-t border-slate-200 pt-8">
        <h2 id="recommendations" className="text-xl font-semibold">
          {t("page.recommendations")}
        </h2>
        {canEdit(user) && (
          <p className="mt-2 print:hidden">
            <Link href={`/cycles/${cycle.slug}/recommendations/new`}>{t("page.addText")}</Link>
            <span aria-hidden="true"> · </span>
            <Link href={`/cycles/${cycle.slug}/recommendations/import`}>{t("page.importCsv")}</Link>
            <span aria-hidden="true"> · </span>
            {t.rich("page.importReport", {
              link: (c) => <Link href={`/cycles/${cycle.slug}/recommendations/import-report`}>{c}</Link>,
              note: (c) => <span className="text-slate-600">{c}</span>,
              template: (c) => <a href="/api/templates/recommendation-texts">{c}</a>,
            })}
            <br />
            {t.rich("page.importSheet", {
              link: (c) => <Link href={`/cycles/${cycle.slug}/spreadsheet`}>{c}</Link>,
              note: (c) => <span className="text-slate-600">{c}</span>,
            })}
          </p>
        )}
        <MomentForm
          action={path}
          values={options}
          today={todayIso()}
          keep={filterKeep}
          reset={`${path}${cycleQuery(filter, { on: null, asOf: null })}`}
        />
        <InvalidNotice keys={invalid} names={filterNames} />
        <CoverageNote coverage={coverage} />
        <MomentLine options={options} assessors={false} />
        <HowComputed dashboard={false} />
        {total === 0 ? (
          <EmptyCycle
            asOf={moment.asOf && formatDate(new Date(moment.asOf), locale as Locale)}
            sections={sections.filter((s) => s.parentId === null).map((s) => s.title)}
          />
        ) : (
          <>
            <div className="mt-4 space-y-3">
              <div>
                <p className="mb-2 text-sm text-slate-700">{t("page.responsesAcross")}</p>
                <StatusSummary counts={responseCounts} total={total} href={(s) => withFilter({ status: s })} />
              </div>
              <div>
                <p className="mb-2 text-sm text-slate-700">{t("page.assessmentsAcross")}</p>
                <StatusSummary
                  lens="independent"
                  counts={assessmentCounts}
                  total={total}
                  href={(s) => withFilter({ independent: s })}
                />
              </div>
            </div>
            <div className="mt-6">
              <FilterForm
                action={path}
                sections={sections}
                values={filter}
                keep={[...new URLSearchParams(atMoment)]}
                clear={`${path}${atMoment}`}
              />
            </div>
            {views && (
              <SavedViewsPanel
                page="CYCLE"
                slug={cycle.slug}
                query={cycleQuery(filter, moment).slice(1)}
                views={views}
              />
            )}
            <p className="mt-4 text-sm font-medium text-slate-800" aria-live="polite">
              {t("page.showing", { shown: recommendations.length, total })}
            </p>
            {recommendations.length === 0 ? (
              <p className="mt-4 text-slate-700">
                {t.rich("page.noMatch", { link: (c) => <Link href={`${path}${atMoment}`}>{c}</Link> })}
              </p>
            ) : (
              <>
                {bulk && <BulkChangesForm {...bulk} today={todayIso()} />}
                <RecommendationList
                  sections={sections}
                  recommendations={recommendations}
                  keepEmptySections={!filtered}
                  level={3}
                  query={atMoment}
                  select={bulk ? BULK_FORM : undefined}
                />
              </>
            )}
          </>
        )}
      </section>

      <CycleRepeats
        repeats={repeats}
        query={atMoment}
        pageHref={(p) => {
          const q = new URLSearchParams(cycleQuery(filter, moment));
          if (p > 1) q.set("repeatsPage", String(p));
          const s = q.toString();
          return `${path}${s ? `?${s}` : ""}#repeats`;
        }}
      />
    </>
  );
}

/** `asOf`: the day of an "as recorded on" view, formatted for the reader. */
function EmptyCycle({ sections, asOf }: { sections: string[]; asOf: string | null }) {
  const t = useTranslations("cycles.empty");
  return (
    <div className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-5 text-slate-800">
      {asOf ? <p>{t("asOf", { day: asOf })}</p> : <p>{t("none")}</p>}
      {sections.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">{t("sections")}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {sections.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
