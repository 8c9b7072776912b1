// Download links: each format with the same options as the page.
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS } from "@/lib/reports/export-text";

export function ReportDownloads({ slug, query }: { slug: string; query: string }) {
  const t = useTranslations("report.downloads");
  const f = useTranslations("report.format");
  return (
    <nav aria-label={t("label")} className="no-print mt-4">
      <p className="text-sm font-semibold text-slate-900">{t("lead")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={`/api/reports/${encodeURIComponent(slug)}/${format}${query ? `?${query}` : ""}`} download>
              {f(format)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-700">{t("note")}</p>
    </nav>
  );
}
