// The recommendations behind a dashboard figure: same definitions, same
// moment (both clocks), same assessor type; the filter described in words.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { drillContext, drillDown } from "@/lib/dashboards/queries";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { countText, describeFilter } from "@/components/dashboard/describe";
import { getWords } from "@/components/dashboard/words-server";
import { DrillList } from "@/components/dashboard/drill-list";
import { HowComputed } from "@/components/dashboard/how-computed";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { OptionsForm } from "@/components/dashboard/options-form";
import { cycleDashboardHref, filterOf, listHref, optionsOf, overviewHref, queryOf } from "@/components/dashboard/urls";
import { todayIso } from "@/lib/dated";
import { WidePage } from "@/components/page-width";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (slug: string, key: string) => {
  if (slug.length > 100) return null;
  const { params } = parseDashboardParams(JSON.parse(key));
  const f = filterOf(params);
  const context = await drillContext(slug, f);
  if (!context) return null;
  const rows = await drillDown(
    context.cycle.id,
    momentOf(params),
    { assessor: params.assessor ?? null },
    {
      state: f.state,
      independent: f.independent,
      priority: f.priority,
      section: f.section,
      institution: f.institution,
      noFollowUp: f.noFollowUp,
      fullyOrMostly: f.fullyOrMostly,
      staleSince: f.stale ? params.staleSince : undefined,
    },
  );
  return { ...context, rows };
});

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params;
  const { params: p, invalid } = parseDashboardParams(await searchParams);
  const options = optionsOf(p);
  const filter = filterOf(p);
  // "Stale" means nothing without the day it counts from.
  const staleIgnored = Boolean(filter.stale && !options.staleSince);
  if (staleIgnored) filter.stale = undefined;
  await requireReader(listHref(slug, options, filter));
  const data = await load(slug, JSON.stringify(p));
  if (!data) notFound();
  const w = await getWords();
  const names = { section: data.sectionName, institution: data.institutionName };
  const heading = describeFilter(filter, options, w, names);
  return { slug, options, filter, invalid: invalid.filter((k) => k !== "page"), staleIgnored, data, heading, w };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data, heading } = await resolve(props);
  const t = await getTranslations("dashboards");
  return { title: t("listTitle", { heading, year: String(data.cycle.year) }) };
}

export default async function DrillDownPage(props: Props) {
  const { slug, options, filter, invalid, staleIgnored, data, heading, w } = await resolve(props);
  const { cycle, rows } = data;
  const name = `${cycle.year} ${cycle.title}`;
  const back = cycleDashboardHref(slug, options);
  const t = await getTranslations("dashboards");
  return (
    <WidePage>
      <Breadcrumbs
        items={[
          { label: t("title"), href: overviewHref(options) },
          { label: name, href: back },
          { label: t("listCrumb") },
        ]}
      />
      <p className="mt-4 text-sm text-slate-700">{t("listContext", { country: cycle.country.name, name })}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{heading}</h1>
      <OptionsForm
        action={`/dashboards/${encodeURIComponent(slug)}/list`}
        options={options}
        today={todayIso()}
        staleSince={Boolean(filter.stale)}
        keep={[...new URLSearchParams(queryOf({}, filter))]}
        reset={listHref(slug, {}, filter)}
      />
      <InvalidNotice keys={invalid} extra={staleIgnored ? t("staleIgnored") : undefined} />
      <MomentLine options={options} />
      <HowComputed dashboard={false} />
      <p className="mt-4 font-medium">{countText(rows.length, w)}</p>
      <DrillList rows={rows} options={options} />
      <p className="no-print mt-8 border-t border-slate-200 pt-4">
        <Link href={back}>
          <span aria-hidden="true">← </span>
          {t("backToCycle", { year: String(cycle.year) })}
        </Link>
      </p>
    </WidePage>
  );
}
