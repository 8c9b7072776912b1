// Overview across cycles, a page at a time, the cycles of each country
// together: both lenses (never merged), follow-up activity and the sources'
// claims, at a chosen moment (both clocks) and for a chosen assessor type.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireReader } from "@/lib/auth/session";
import { overview } from "@/lib/dashboards/queries";
import { lensTitle } from "@/lib/i18n/status";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { todayIso } from "@/lib/dated";
import { ClaimBox } from "@/components/claim-box";
import { HowComputed } from "@/components/dashboard/how-computed";
import { countsOf, type LensKey } from "@/components/dashboard/lens";
import { MatrixTable } from "@/components/dashboard/matrix-table";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { OptionsForm } from "@/components/dashboard/options-form";
import { CycleSummaryTable, PartialCyclesNote, FollowUpTable } from "@/components/dashboard/overview-tables";
import { StackedBarChart } from "@/components/dashboard/stacked-bar-chart";
import { cycleDashboardHref, listHref, optionsOf, overviewHref, recurringHref } from "@/components/dashboard/urls";
import { dayText, momentText } from "@/components/dashboard/describe";
import { getWords } from "@/components/dashboard/words-server";
import { Pagination } from "@/components/pagination";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The share columns of each lens's table; `header` is a key of dashboards.share. */
const SHARES = {
  state: [{ header: "implemented", of: (t: { stateImplementedShare: number | null }) => t.stateImplementedShare }],
  independent: [
    { header: "fully", of: (t: { independentFullyShare: number | null }) => t.independentFullyShare },
    {
      header: "fullyOrMostly",
      of: (t: { independentFullyOrMostlyShare: number | null }) => t.independentFullyOrMostlyShare,
    },
  ],
};

const OPTION_KEYS = ["on", "asOf", "assessor", "page"];

export default async function DashboardsPage({ searchParams }: Props) {
  const { params, invalid } = parseDashboardParams(await searchParams);
  const options = { ...optionsOf(params), staleSince: undefined };
  const page = params.page ?? 1;
  await requireReader(overviewHref(options, page));
  const data = await overview(momentOf(params), { assessor: options.assessor ?? null }, page);
  if (page > data.pages) notFound();
  const cycles = data.cycles.map((c) => ({ ...c, country: c.country.name }));
  const w = await getWords();
  const when = momentText(options, w);
  const rows = cycles.map((c) => ({
    key: c.slug,
    label: `${c.country} ${c.year} ${c.title}`,
    header: <Link href={cycleDashboardHref(c.slug, options)}>{c.year}</Link>,
    group: c.country,
    tally: c.tally,
    href: (f: Parameters<typeof listHref>[2]) => listHref(c.slug, options, f),
  }));
  const withClaims = cycles.filter((c) => c.claims.length > 0);
  const first = (page - 1) * data.pageSize + 1;
  const [t, s] = await Promise.all([getTranslations("dashboards"), getTranslations("status")]);
  const shares = (lens: LensKey) => SHARES[lens].map((c) => ({ ...c, header: t(`share.${c.header}`) }));
  const followUpKey = `${options.asOf ? "asOf" : "now"}${options.on ? "On" : "All"}`;

  return (
    <WidePage>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>
      <OptionsForm action="/dashboards" options={options} today={todayIso()} />
      <InvalidNotice keys={invalid.filter((k) => OPTION_KEYS.includes(k))} />
      <MomentLine options={options} />
      <HowComputed />
      {data.pages > 1 && (
        <p className="mt-4 text-sm text-slate-700">
          {t("cyclesShown", {
            first,
            last: first + cycles.length - 1,
            total: data.totalCycles,
            page,
            pages: data.pages,
          })}
        </p>
      )}

      {cycles.length === 0 ? (
        <p className="mt-8 text-slate-700">{t("noCycles")}</p>
      ) : (
        <>
          <section aria-labelledby="by-cycle" className="mt-8">
            <h2 id="by-cycle" className="text-lg font-semibold">
              {t("byCycleHeading")}
            </h2>
            <PartialCyclesNote cycles={cycles} />
            <CycleSummaryTable cycles={cycles} options={options} caption={t("summaryCaption", { when })} />
          </section>

          {(["state", "independent"] as LensKey[]).map((lens) => (
            <section key={lens} aria-labelledby={`lens-${lens}`} className="mt-10 break-inside-avoid-page">
              <h2 id={`lens-${lens}`} className="text-lg font-semibold">
                {t("byCycle", { lens: lensTitle(s, lens) })}
              </h2>
              <StackedBarChart
                lens={lens}
                rows={cycles.map((c) => ({ label: `${c.country} ${c.year}`, counts: countsOf(c.tally, lens) }))}
              />
              <MatrixTable
                caption={t("matrixCaption", { lens: lensTitle(s, lens), when })}
                lens={lens}
                rowHeading={t("cycleHeading")}
                rows={rows}
                shares={shares(lens)}
              />
            </section>
          ))}

          <section aria-labelledby="follow-up" className="mt-10">
            <h2 id="follow-up" className="text-lg font-semibold">
              {t("followUpHeading")}
            </h2>
            <FollowUpTable
              cycles={cycles}
              options={options}
              caption={t(`followUpCaption.${followUpKey}`, {
                asOf: options.asOf ? dayText(options.asOf, w) : "",
                on: options.on ? dayText(options.on, w) : "",
              })}
            />
          </section>
        </>
      )}

      {withClaims.length > 0 && (
        <section aria-labelledby="claims" className="mt-10">
          <h2 id="claims" className="text-lg font-semibold">
            {t("claimsHeading")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("claimsIntro")}</p>
          {withClaims.map((c) => (
            <div key={c.slug} className="mt-4">
              <h3 className="text-base font-semibold">
                {c.country}, {c.year} {c.title}
              </h3>
              <div className="mt-2 space-y-2">
                {c.claims.map((cl) => (
                  <ClaimBox key={cl.key} claim={{ ...cl, quote: null }} />
                ))}
              </div>
            </div>
          ))}
        </section>
      )}

      <Pagination page={page} pages={data.pages} href={(p) => overviewHref(options, p)} label={t("pagesLabel")} />

      <p className="mt-10 border-t border-slate-200 pt-4">
        <Link href={recurringHref(options)}>{t("recurringTitle")}</Link>
        <span className="text-slate-700"> — {t("recurringAbout")}</span>
      </p>
      <p className="mt-2">
        <Link href="/dashboards/themes">{t("themesTitle")}</Link>
        <span className="text-slate-700"> — {t("themesAbout")}</span>
      </p>
    </WidePage>
  );
}
