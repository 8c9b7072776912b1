// Recurring recommendations: chains of forms across cycles, oldest first,
// and how long each has been outstanding, a page at a time, at a chosen
// moment (both clocks).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireReader } from "@/lib/auth/session";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { todayIso } from "@/lib/dated";
import { recurringChainsPage } from "@/lib/links/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HowComputed } from "@/components/dashboard/how-computed";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { OptionsForm } from "@/components/dashboard/options-form";
import { RecurringChains } from "@/components/dashboard/recurring-chains";
import { optionsOf, overviewHref, queryOf, recurringHref } from "@/components/dashboard/urls";
import { Pagination } from "@/components/pagination";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("recurringTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecurringPage({ searchParams }: Props) {
  const { params, invalid } = parseDashboardParams(await searchParams);
  const options = { ...optionsOf(params), staleSince: undefined };
  const page = params.page ?? 1;
  const href = (p: number) =>
    `/dashboards/recurring${queryOf({ on: options.on, asOf: options.asOf, assessor: options.assessor }, {}, p)}`;
  await requireReader(href(page));
  const data = await recurringChainsPage(momentOf(params), { assessor: options.assessor ?? null }, page);
  if (page > data.pages) notFound();
  const first = (page - 1) * data.pageSize + 1;
  const t = await getTranslations("dashboards");
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: t("title"), href: overviewHref(options) }, { label: t("recurringTitle") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("recurringTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("recurringIntro")}</p>
      <OptionsForm action="/dashboards/recurring" options={options} today={todayIso()} reset={recurringHref({})} />
      <InvalidNotice keys={invalid.filter((k) => ["on", "asOf", "assessor", "page"].includes(k))} />
      <MomentLine options={options} />
      <HowComputed dashboard={false} />
      {data.total > 0 && (
        <p className="mt-4 font-medium">
          {t("chains", { count: data.total, outstanding: data.outstanding })}
          {data.pages > 1 && (
            <span className="font-normal text-slate-700">
              {" "}
              · {t("chainsShown", { first, last: first + data.chains.length - 1, page, pages: data.pages })}
            </span>
          )}
        </p>
      )}
      <RecurringChains chains={data.chains} options={options} />
      <Pagination page={page} pages={data.pages} href={href} label={t("chainPagesLabel")} />
    </WidePage>
  );
}
