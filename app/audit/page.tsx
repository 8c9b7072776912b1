import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { auditFilterOptions, listAuditEvents } from "@/lib/audit/queries";
import { parseAuditFilter } from "@/lib/audit/schema";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { auditQuery, filterSummary } from "@/components/audit/format";
import { auditWords } from "@/lib/audit/words";
import type { Locale } from "@/lib/i18n/locales";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditPage"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  // Not "forbidden" but "not found", like the admin pages: do not advertise it.
  if (!canEdit(user)) notFound();
  const includeSecurity = canAdminister(user);

  const t = await getTranslations("auditPage");
  const locale = (await getLocale()) as Locale;
  const words = auditWords(locale);
  const { filter, invalid } = parseAuditFilter(await searchParams);
  const [{ events, nextBefore }, options] = await Promise.all([
    listAuditEvents(filter, includeSecurity, words),
    auditFilterOptions(filter.cycle),
  ]);
  const filtered = auditQuery(filter) !== "";
  // On paper the filter form is hidden: say in words what the table shows.
  const summary = filterSummary(filter, options, words);
  const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;

  return (
    <WidePage>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t("intro")} {includeSecurity ? t("adminNote") : t("othersNote")}
      </p>

      {invalid.length > 0 && (
        <div
          role="status"
          className="mt-4 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {t("invalid", {
            filters: invalid.map((k) => (t.has(`filterNames.${k}`) ? t(`filterNames.${k}`) : k)).join(", "),
          })}
        </div>
      )}

      <div className="mt-6">
        <AuditFilterForm filter={filter} options={options} includeSecurity={includeSecurity} />
      </div>

      <p className="mt-4 hidden text-sm print:block">
        {summary.length > 0 ? t("printFilters", { filters: summary.join("; ") }) : t("printAll")}
      </p>

      <div className="no-print mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {events.length === 0
            ? t("noEvents")
            : t("showing", {
                count: events.length,
                older: filter.before ? "yes" : "no",
                more: nextBefore ? "yes" : "no",
              })}
        </p>
        {/* A plain link (not client navigation): the server decides, and sends a file. */}
        {locale !== "en" && <p className="text-sm text-slate-700">{t("exportInEnglish")}</p>}
        <a
          href={`/api/audit/export${auditQuery(filter)}`}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100"
        >
          {t.rich(filtered ? "exportFiltered" : "exportAll", { hidden })}
        </a>
      </div>

      {events.length > 0 ? (
        <div className="mt-4">
          <AuditTable events={events} caption={filtered ? t("captionFiltered") : t("caption")} />
        </div>
      ) : (
        <p className="mt-4 text-slate-700">
          {filtered ? t("noMatch") : t("nothingYet")} {filtered && <Link href="/audit">{t("showAll")}</Link>}
        </p>
      )}

      {(nextBefore || filter.before) && (
        <nav aria-label={t("pages")} className="no-print mt-6 flex gap-6 text-sm">
          {filter.before && <Link href={`/audit${auditQuery(filter)}`}>{t("newest")}</Link>}
          {nextBefore && <Link href={`/audit${auditQuery(filter, { before: nextBefore })}`}>{t("older")}</Link>}
        </nav>
      )}
    </WidePage>
  );
}
