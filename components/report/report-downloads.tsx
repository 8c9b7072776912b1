// Download links: each format with the same options as the page.
import { EXPORT_FORMATS, FORMAT_LABEL } from "@/lib/reports/export-text";

export function ReportDownloads({ slug, query }: { slug: string; query: string }) {
  return (
    <nav aria-label="Download this report" className="no-print mt-4">
      <p className="text-sm font-semibold text-slate-900">Download this report, with these options:</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <a href={`/api/reports/${encodeURIComponent(slug)}/${f}${query ? `?${query}` : ""}`} download>
              {FORMAT_LABEL[f]}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-700">
        The PDF has page numbers and a running header; the Word file can be edited. All downloads carry the same
        fingerprint as this page.
      </p>
    </nav>
  );
}
