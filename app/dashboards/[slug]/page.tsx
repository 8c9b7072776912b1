// One cycle's dashboard: totals in both lenses, where they disagree,
// breakdowns by section, priority and institution, stale items, recent activity.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { cycleDashboard } from "@/lib/dashboards/queries";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { todayIso } from "@/lib/dated";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Breakdown } from "@/components/dashboard/breakdown";
import { CountLink } from "@/components/dashboard/count-link";
import { CrossTab } from "@/components/dashboard/cross-tab";
import { dayText, momentText } from "@/components/dashboard/describe";
import { getWords } from "@/components/dashboard/words-server";
import { HowComputed } from "@/components/dashboard/how-computed";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { CoverageNote } from "@/components/coverage-note";
import { OptionsForm } from "@/components/dashboard/options-form";
import { RecentActivity } from "@/components/dashboard/recent-activity";
import { Totals } from "@/components/dashboard/totals";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import {
  cycleDashboardHref,
  cycleHref,
  listHref,
  optionsOf,
  overviewHref,
  queryOf,
  type ListFilter,
} from "@/components/dashboard/urls";
import { WidePage } from "@/components/page-width";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page share one query per request (React cache keys on the arguments).
const load = cache(async (slug: string, key: string, includeInternal: boolean) => {
  const { params } = parseDashboardParams(JSON.parse(key));
  if (slug.length > 100) return null;
  return cycleDashboard(
    slug,
    momentOf(params),
    { assessor: params.assessor ?? null },
    params.staleSince ?? null,
    includeInternal,
  );
});

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const { params: p, invalid } = parseDashboardParams(raw);
  const options = optionsOf(p);
  const user = await requireReader(cycleDashboardHref(slug, options));
  // Internal follow-up notes stay internal: only editors see them in the recent activity.
  const data = await load(slug, JSON.stringify(options), canEdit(user));
  if (!data) notFound();
  const views = user ? await myViews(user.id, "CYCLE_DASHBOARD") : null;
  return { slug, options, invalid, data, views };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { cycle } = (await resolve(props)).data;
  const t = await getTranslations("dashboards");
  return { title: t("cycleTitle", { name: `${cycle.year} ${cycle.title}` }) };
}

export default async function CycleDashboardPage(props: Props) {
  const { slug, options, invalid, data, views } = await resolve(props);
  const { cycle, total } = data;
  const w = await getWords();
  const when = momentText(options, w);
  const href = (f: ListFilter) => listHref(slug, options, f);
  const name = `${cycle.year} ${cycle.title}`;
  const t = await getTranslations("dashboards");
  const staleDay = options.staleSince ? dayText(options.staleSince, w) : "";

  return (
    <WidePage>
      <Breadcrumbs items={[{ label: t("title"), href: overviewHref(options) }, { label: name }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("cycleTitle", { name })}</h1>
      <p className="mt-1 text-sm">
        <Link href={cycleHref(cycle.slug, options)}>{t("cycleRecommendations")}</Link>
      </p>
      <OptionsForm action={`/dashboards/${cycle.slug}`} options={options} today={todayIso()} staleSince />
      <InvalidNotice keys={invalid.filter((k) => ["on", "asOf", "assessor", "staleSince"].includes(k))} />
      <MomentLine options={options} />
      {views && (
        <SavedViewsPanel
          page="CYCLE_DASHBOARD"
          slug={cycle.slug}
          query={cycleDashboardHref(slug, options).split("?")[1] ?? ""}
          views={views}
        />
      )}
      <HowComputed />

      <section aria-labelledby="totals" className="mt-8">
        <h2 id="totals" className="text-lg font-semibold">
          {t("totalsHeading")}
        </h2>
        <CoverageNote coverage={data.coverage} />
        <Totals tally={total} href={href} when={when} />
      </section>

      <section aria-labelledby="cross" className="mt-10 break-inside-avoid-page">
        <h2 id="cross" className="text-lg font-semibold">
          {t("crossHeading")}
        </h2>
        <CrossTab tally={total} href={href} caption={t("crossCaption", { when })} />
      </section>

      <Breakdown
        id="by-section"
        name="section"
        chart
        rows={data.bySection.map((s) => ({
          key: s.key ?? "none",
          label: s.label,
          tally: s.tally,
          href: s.key ? (f: ListFilter) => href({ ...f, section: s.key! }) : null,
        }))}
      />
      <Breakdown
        id="by-priority"
        name="priority"
        rows={data.byPriority.map((p) => ({
          key: p.key,
          label: w.t(`priority.${p.key}`),
          tally: p.tally,
          href: (f: ListFilter) => href({ ...f, priority: p.key }),
        }))}
      />
      <Breakdown
        id="by-institution"
        name="institution"
        rows={data.byInstitution.map((i) => ({
          key: i.key,
          label: i.label,
          tally: i.tally,
          href: (f: ListFilter) => href({ ...f, institution: i.key }),
        }))}
      />

      <Breakdown
        id="by-theme"
        name="theme"
        rows={data.byTheme.map((th) => ({
          key: th.key,
          label: th.label,
          // Each theme's dashboard across cycles, at the same moment; the cells are counts only (the drill-down
          // list filters by section, priority and institution, not by theme).
          header: (
            <Link href={`/dashboards/themes/${th.key}${queryOf({ ...options, staleSince: undefined })}`}>
              {th.label}
            </Link>
          ),
          tally: th.tally,
          href: null,
        }))}
      />

      <section aria-labelledby="stale" className="mt-10">
        <h2 id="stale" className="text-lg font-semibold">
          {t("staleHeading")}
        </h2>
        {options.staleSince ? (
          <p className="mt-2">
            <CountLink
              n={data.staleCount}
              href={href({ stale: true })}
              context={t("staleContext", { day: staleDay })}
              strong
            />{" "}
            {t("staleCount", { count: data.staleCount, day: staleDay, when })}
          </p>
        ) : (
          <p className="mt-2 text-slate-700">{t("staleHint")}</p>
        )}
      </section>

      <section aria-labelledby="recent" className="mt-10">
        <h2 id="recent" className="text-lg font-semibold">
          {t("recentHeading")}
        </h2>
        <RecentActivity
          events={data.recent}
          caption={
            options.asOf
              ? t("recentCaptionAsOf", { count: data.recent.length, asOf: dayText(options.asOf, w) })
              : t("recentCaption", { count: data.recent.length })
          }
        />
      </section>
    </WidePage>
  );
}
