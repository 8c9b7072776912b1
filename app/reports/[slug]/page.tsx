// A cycle's report as a printable page: the same content, order, words and
// fingerprint as the PDF, Word, Excel, CSV and JSON downloads (same options).
import { asLocale } from "@/lib/i18n/locales";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { reportHeader } from "@/lib/reports/model";
import { optionsQuery, parseReportOptions, type ReportOptions } from "@/lib/reports/schema";
import { collectReport } from "@/lib/reports/export-run";
import { reportWords } from "@/lib/reports/report-words";
import {
  claimLines,
  cycleName,
  runningHeader,
  summaryIntro,
  summaryTables,
  titleBlock,
} from "@/lib/reports/export-text";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { dayText } from "@/components/dashboard/describe";
import { ReportDownloads } from "@/components/report/report-downloads";
import { ReportContents } from "@/components/report/report-contents";
import { ReportItems } from "@/components/report/report-items";
import { ReportOptionsForm } from "@/components/report/report-options-form";
import { PrintFrame, ReportPrintStyle, RunningHeader } from "@/components/report/report-print";
import { ReportSummary } from "@/components/report/report-summary";
import { ReportTitle } from "@/components/report/report-title";

// A report is read on screen a part at a time (a full cycle's report is several
// hundred kilobytes); its fingerprint, summary and downloads cover it whole.
const PER_PART = 8;
const partOf = (raw: string | string[] | undefined) => {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The options a notice can name (report.options.<name>.label in the catalogues). */
const OPTION_NAMES = new Set(["on", "asOf", "since", "content", "layout", "status", "independent", "paper"]);

// Metadata and page share one header query per request.
const loadHeader = cache(async (slug: string, key: string) =>
  slug.length > 100 ? null : reportHeader(slug, JSON.parse(key) as ReportOptions),
);

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const { options, invalid } = parseReportOptions(raw);
  const query = optionsQuery(options);
  const path = `/reports/${encodeURIComponent(slug)}`;
  const user = await requireReader(query ? `${path}?${query}` : path);
  const header = await loadHeader(slug, JSON.stringify(options));
  if (!header) notFound();
  return { slug, path, options, invalid, query, header, part: partOf(raw.part), user };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { header, options } = await resolve(props);
  // The clocks go into the title only when chosen, so a browser tab or bookmark says which report it is.
  const t = await getTranslations("reportsPage");
  const name = cycleName(header.cycle);
  if (!options.on && !options.asOf) return { title: t("reportOf", { name }) };
  const w = { locale: asLocale(await getLocale()) };
  const day = (d: string) => dayText(d, w);
  const moment = `${options.on ? t("statusOn", { day: day(options.on) }) : t("statusLatest")} \u00b7 ${
    options.asOf ? t("recordedOn", { day: day(options.asOf) }) : t("recordedNow")
  }`;
  return { title: t("reportOfAt", { name, moment }) };
}

export default async function ReportPage(props: Props) {
  const { path, options, invalid, query, header, part, user } = await resolve(props);
  const { items, fingerprint } = await collectReport(header, options);
  const parts = Math.max(1, Math.ceil(items.length / PER_PART));
  if (part > parts) notFound();
  const partHref = (p: number) =>
    `${path}?${new URLSearchParams([...new URLSearchParams(query), ...(p > 1 ? [["part", String(p)]] : [])])}`.replace(
      /\?$/,
      "",
    );
  const meta = { generatedAt: new Date(), fingerprint };
  // The report's own language option, else the reader's: the page reads as the downloads it offers.
  const words = reportWords(options.lang ?? asLocale(await getLocale()));
  const today = new Date().toISOString().slice(0, 10);
  const [t, to] = await Promise.all([getTranslations("reportsPage"), getTranslations("report.options")]);

  return (
    <>
      <ReportPrintStyle paper={options.paper} />
      <RunningHeader text={runningHeader(header, options, meta, words)} />
      <Breadcrumbs items={[{ label: t("title"), href: "/reports" }, { label: cycleName(header.cycle) }]} />
      <p className="no-print mt-2 text-sm">
        <Link href={`/cycles/${header.cycle.slug}`}>{t("cycleRecommendations")}</Link> ·{" "}
        <Link href={`/dashboards/${header.cycle.slug}`}>{t("cycleDashboard")}</Link>
        {canEdit(user) && (
          <>
            {" · "}
            <Link href={`/cycles/${header.cycle.slug}/spreadsheet`}>{t("importSpreadsheet")}</Link>
          </>
        )}
      </p>
      <ReportOptionsForm action={path} options={options} today={today} />
      {invalid.length > 0 && (
        <p
          role="status"
          className="no-print mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
        >
          {t("invalidOptions", {
            list: invalid.map((k) => (OPTION_NAMES.has(k) ? to(`${k}.label`) : k)).join(", "),
          })}
        </p>
      )}
      <ReportDownloads slug={header.cycle.slug} query={query} />
      <div className="mt-8 border-t border-slate-300 pt-6 print:mt-0 print:border-0 print:pt-0">
        <PrintFrame>
          <ReportTitle block={titleBlock(header, options, meta, words)} />
          <ReportSummary
            intro={summaryIntro(header, options, words)}
            tables={summaryTables(header, words)}
            claims={claimLines(header, words)}
            words={words}
          />
          {options.content === "full" && (
            <>
              <ReportContents items={items} part={part} parts={parts} perPart={PER_PART} href={partHref} />
              <ReportItems
                items={items.slice((part - 1) * PER_PART, part * PER_PART)}
                sections={header.cycle.sections}
                layout={options.layout}
                words={words}
              />
            </>
          )}
        </PrintFrame>
      </div>
    </>
  );
}
