// Recurring recommendations: chains of forms across cycles, oldest first,
// and how long each has been outstanding.
import type { Metadata } from "next";
import { requireReader } from "@/lib/auth/session";
import { momentOf, parseDashboardParams } from "@/lib/dashboards/schema";
import { todayIso } from "@/lib/dated";
import { recurringChains } from "@/lib/links/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HowComputed } from "@/components/dashboard/how-computed";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { OptionsForm } from "@/components/dashboard/options-form";
import { RecurringChains } from "@/components/dashboard/recurring-chains";
import { optionsOf, overviewHref, recurringHref } from "@/components/dashboard/urls";

export const metadata: Metadata = { title: "Recurring recommendations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecurringPage({ searchParams }: Props) {
  const { params, invalid } = parseDashboardParams(await searchParams);
  const options = { ...optionsOf(params), staleSince: undefined };
  await requireReader(recurringHref(options));
  const chains = await recurringChains(momentOf(params), { assessor: options.assessor ?? null });
  const outstanding = chains.filter((c) => c.outstanding).length;
  return (
    <>
      <Breadcrumbs items={[{ label: "Dashboards", href: overviewHref(options) }, { label: "Recurring recommendations" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Recurring recommendations</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        A recommendation is often repeated, or built on, in the next report. Each chain lists its forms from the oldest to the newest; it
        is outstanding while its latest form is not assessed as fully implemented.
      </p>
      <OptionsForm action="/dashboards/recurring" options={options} today={todayIso()} />
      <InvalidNotice keys={invalid.filter((k) => ["on", "asOf", "assessor"].includes(k))} />
      <MomentLine options={options} />
      <HowComputed dashboard={false} />
      {chains.length > 0 && (
        <p className="mt-4 font-medium">
          {chains.length} {chains.length === 1 ? "chain" : "chains"}, {outstanding} outstanding
        </p>
      )}
      <RecurringChains chains={chains} options={options} />
    </>
  );
}
