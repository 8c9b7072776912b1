// Pages of a long list (cycles on the home page, the dashboards' overview):
// a labelled navigation landmark, the current page marked (aria-current) and
// every page reachable by its URL (?page=), so a page can be cited.
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** The page numbers to show: the first, the last, and two either side of the current one; null = a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const keep = [...new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of keep) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev === 2) out.push(p - 1);
    else if (typeof prev === "number" && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}

const item = "inline-block min-w-9 rounded px-2 py-1 text-center tabular-nums";
const sr = (c: ReactNode) => <span className="sr-only">{c}</span>;

/** `label` names the landmark ("Pages of cycles"); nothing is shown when everything fits on one page. */
export function Pagination({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (p: number) => string;
  label: string;
}) {
  const t = useTranslations("pagination");
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="no-print mt-8 border-t border-slate-200 pt-4 text-sm">
      <p className="mb-2 text-slate-700">{t("pageOf", { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className={item}>
              <span aria-hidden="true">← </span>
              {t.rich("previous", { sr })}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${item} bg-slate-800 font-semibold text-white`}>
                  {t.rich("page", { sr, page: p })}
                </span>
              ) : (
                <Link href={href(p)} className={item}>
                  {t.rich("page", { sr, page: p })}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} className={item}>
              {t.rich("next", { sr })}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
