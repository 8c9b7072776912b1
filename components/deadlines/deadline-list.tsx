// A list of recommendations with their target date (lib/owners `deadlines`): when, how far, who, and where
// each stands (the status words of lib/vocab, from lib/status).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/date-text";
import type { DeadlineItem } from "@/lib/owners/queries";
import { statusLabel } from "@/lib/i18n/status";

export function DeadlineList({ items, empty }: { items: DeadlineItem[]; empty: string }) {
  const t = useTranslations("deadlines.list");
  const status = useTranslations("status");
  const distance = (days: number) =>
    days < 0 ? t("overdue", { days: -days }) : days === 0 ? t("today") : t("inDays", { days });
  if (items.length === 0) return <p className="mt-3 text-slate-700">{empty}</p>;
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200">
      {items.map((d) => (
        <li key={d.recommendationId} className="px-3 py-2">
          <Link href={`/recommendations/${d.recommendationId}`}>
            {t("recommendation", { year: d.year, cycle: d.cycleTitle, label: d.label })}
          </Link>
          <p className="mt-1 text-sm text-slate-800">
            {t.rich("line", {
              date: () => <DateText date={d.targetDate} />,
              distance: distance(d.daysLeft),
              entryNo: d.entryNo,
            })}
            {d.institution && ` · ${d.institution}`}
            {` · ${d.owner ? t("owner", { owner: d.owner }) : t("ownerNone")}`}
          </p>
          {d.nextStep && <p className="mt-1 text-sm text-slate-700">{t("nextStep", { step: d.nextStep })}</p>}
          <p className="mt-1 text-sm text-slate-700">
            {t("status", {
              state: statusLabel(status, d.state),
              assessment: statusLabel(status, d.independent),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
