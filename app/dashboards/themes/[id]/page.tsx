// A theme across cycles: every recommendation given the theme, oldest cycle first, and where each stands in
// both lenses at the chosen moment (lib/status, through lib/themes/queries.ts: no status computed here).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { themeDashboard } from "@/lib/themes/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DrillList } from "@/components/dashboard/drill-list";
import { HowComputed } from "@/components/dashboard/how-computed";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { OptionsForm } from "@/components/dashboard/options-form";
import { optionsOf, overviewHref, queryOf } from "@/components/dashboard/urls";
import { StatusSummary } from "@/components/status-summary";
import { todayIso } from "@/lib/dated";
import { SavedViewsPanel } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import { WidePage } from "@/components/page-width";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (id: string, key: string) => {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const { params } = parseDashboardParams(JSON.parse(key));
  return themeDashboard(id, momentOf(params), { assessor: params.assessor ?? null });
});

async function resolve({ params, searchParams }: Props) {
  const { id } = await params;
  const { params: p, invalid } = parseDashboardParams(await searchParams);
  const options = optionsOf(p);
  const href = `/dashboards/themes/${encodeURIComponent(id)}`;
  const user = await requireReader(`${href}${queryOf(options, {})}`);
  const data = await load(id, JSON.stringify(p));
  if (!data) notFound();
  const views = user ? await myViews(user.id, "THEME_DASHBOARD") : null;
  return { href, options, invalid: invalid.filter((k) => k !== "page"), data, views };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { data } = await resolve(props);
  const t = await getTranslations("dashboards");
  return { title: t("themeTitle", { name: data.theme.name }) };
}

export default async function ThemeDashboardPage(props: Props) {
  const { href, options, invalid, data, views } = await resolve(props);
  const { theme, total, cycles } = data;
  const years = cycles.map((c) => c.year);
  const t = await getTranslations("dashboards");
  return (
    <WidePage>
      <Breadcrumbs
        items={[
          { label: t("title"), href: overviewHref(options) },
          { label: t("themesTitle"), href: "/dashboards/themes" },
          { label: theme.name },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {theme.name}
        {years.length > 0 && (
          <span className="font-normal text-slate-700">
            {" "}
            · {years[0]}
            {years.length > 1 && `–${years.at(-1)}`}
          </span>
        )}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t("themeIntro")}
        {!theme.active && <> {t("themeInactive")}</>}
      </p>
      <OptionsForm action={href} options={options} today={todayIso()} />
      <InvalidNotice keys={invalid} />
      <MomentLine options={options} />
      {views && (
        <SavedViewsPanel
          page="THEME_DASHBOARD"
          themeId={theme.id}
          query={queryOf({ ...options, staleSince: undefined }).slice(1)}
          views={views}
        />
      )}
      <HowComputed dashboard={false} />
      {total.total === 0 ? (
        <p className="mt-6 text-slate-700">{t("themeEmpty")}</p>
      ) : (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("themeAllCycles", { count: total.total })}</h2>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <div>
              <h3 className="text-sm font-semibold">{t("themeStateResponses")}</h3>
              <StatusSummary counts={total.state} total={total.total} />
            </div>
            <div>
              <h3 className="text-sm font-semibold">{t("themeAssessments")}</h3>
              <StatusSummary lens="independent" counts={total.independent} total={total.total} />
            </div>
          </div>
        </>
      )}
      {cycles.map((c) => (
        <section key={c.id} aria-labelledby={`cycle-${c.id}`} className="mt-8">
          <h2 id={`cycle-${c.id}`} className="text-lg font-semibold">
            <Link href={`/dashboards/${c.slug}${queryOf(options, {})}`}>
              {c.year} {c.title}
            </Link>
            <span className="font-normal text-slate-700">
              {" "}
              · {c.country.name} · {t("recommendations", { count: c.tally.total })}
            </span>
          </h2>
          <DrillList rows={c.items} options={options} />
        </section>
      ))}
    </WidePage>
  );
}
