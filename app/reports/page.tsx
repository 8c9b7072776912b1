// The cycles, a page at a time, each with a link to its printable report and downloads.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireReader } from "@/lib/auth/session";
import { listCycles } from "@/lib/cycles/queries";
import { EXPORT_FORMATS, cycleName } from "@/lib/reports/export-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportsPage"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// An invalid page number is named and the first page shown.
const pageParam = z.preprocess(
  (v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v[0] : v),
  z.coerce.number().int().min(1).max(100_000).optional(),
);

export default async function ReportsPage({ searchParams }: Props) {
  const parsed = pageParam.safeParse((await searchParams).page);
  const wanted = parsed.success ? (parsed.data ?? 1) : 1;
  await requireReader(wanted > 1 ? `/reports?page=${wanted}` : "/reports");
  const list = await listCycles(wanted);
  const beyond = list.page > list.pages;
  const [t, f] = await Promise.all([getTranslations("reportsPage"), getTranslations("report.format")]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-800">{t("intro")}</p>
      {!parsed.success && (
        <p
          role="status"
          className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
        >
          {t("invalidPage")}
        </p>
      )}
      {beyond && <p className="mt-6 text-slate-700">{t("noSuchPage", { page: list.page, pages: list.pages })}</p>}
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {list.cycles.map((c) => (
          <li key={c.id} className="py-3">
            <Link href={`/reports/${c.slug}`} className="font-semibold">
              {t("reportOf", { name: cycleName(c) })}
            </Link>
            <p className="text-sm text-slate-700">
              {c.country.name} · {t("recorded", { count: c.recorded })}
            </p>
            <p className="no-print mt-1 text-sm">
              <span className="text-slate-700">{t("download")} </span>
              {EXPORT_FORMATS.map((format, i) => (
                <span key={format}>
                  {i > 0 && " · "}
                  <a href={`/api/reports/${c.slug}/${format}`} download>
                    {f(format)}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {list.pages > 1 && (
        <nav aria-label={t("pagesLabel")} className="no-print mt-4 flex items-center gap-4 text-sm">
          {list.page > 1 && (
            <Link href={`/reports?page=${Math.min(list.page - 1, list.pages)}`}>{t("previousPage")}</Link>
          )}
          <span>{t("pageOf", { page: Math.min(list.page, list.pages), pages: list.pages, total: list.total })}</span>
          {list.page < list.pages && <Link href={`/reports?page=${list.page + 1}`}>{t("nextPage")}</Link>}
        </nav>
      )}
    </>
  );
}
