import Link from "next/link";
import { useTranslations } from "next-intl";

export interface Crumb {
  label: string;
  href?: string;
}

/** The last crumb is the current page (no link, aria-current). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useTranslations("header");
  return (
    <nav aria-label={t("breadcrumb")} className="no-print text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="flex items-center gap-2">
              {i > 0 && <span aria-hidden="true">›</span>}
              {c.href && !last ? (
                <Link href={c.href}>{c.label}</Link>
              ) : (
                <span aria-current={last ? "page" : undefined}>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
