// The on-screen report's table of contents: every item of the report with
// both lenses' statuses, each linking to the part of the report that shows it.
// A long report is read a part at a time; the downloads carry it whole.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ExportItem } from "@/lib/reports/export-text";
import { AssessmentBadge, StateResponseBadge } from "@/components/status-badge";
import { ItemsToggle } from "./report-items-toggle";

export const itemAnchor = (label: string) => `item-${label.replace(/[^A-Za-z0-9]+/g, "-")}`;

interface Props {
  items: ExportItem[];
  part: number;
  parts: number;
  perPart: number;
  href: (part: number) => string;
}

export function ReportContents({ items, part, parts, perPart, href }: Props) {
  const t = useTranslations("report.contents");
  if (items.length === 0) return null;
  return (
    <nav aria-labelledby="report-contents" className="no-print mt-8 rounded-md border border-slate-200 p-4">
      <h2 id="report-contents" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {parts > 1 && <p className="mt-1 text-sm text-slate-700">{t("parts", { perPart, part, parts })}</p>}
      <ol className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {items.map((item, i) => {
          const p = Math.floor(i / perPart) + 1;
          return (
            <li key={item.id} className="flex flex-wrap items-center gap-x-2">
              <Link href={`${href(p)}#${itemAnchor(item.label)}`} aria-current={p === part ? "true" : undefined}>
                {t("item", { label: item.label })}
              </Link>
              <StateResponseBadge status={item.response?.status ?? "NO_RESPONSE"} />
              <AssessmentBadge status={item.assessment?.status ?? "NOT_YET_ASSESSED"} />
            </li>
          );
        })}
      </ol>
      <ItemsToggle />
      {parts > 1 && (
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          {Array.from({ length: parts }, (_, i) => i + 1).map((p) =>
            p === part ? (
              <span key={p} aria-current="page" className="font-semibold">
                {t("part", { part: p })}
              </span>
            ) : (
              <Link key={p} href={href(p)}>
                {t("part", { part: p })}
              </Link>
            ),
          )}
        </p>
      )}
    </nav>
  );
}
