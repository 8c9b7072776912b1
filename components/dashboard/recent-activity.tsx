// The latest recorded changes in a cycle (from the audit history): when, who,
// what, and which recommendation each change touched (by its label).
import { asLocale } from "@/lib/i18n/locales";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { actionLabel, entityTypeLabel } from "@/components/audit/format";
import { auditWords } from "@/lib/audit/words";
import { formatDateTime } from "@/lib/i18n/format";

export interface RecentEvent {
  seq: bigint | number;
  occurredAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  recommendationId: string | null;
  /** "2(b)": the recommendation's label in its report; null when the change touched none. */
  recommendationLabel: string | null;
}

export function RecentActivity({ events, caption }: { events: RecentEvent[]; caption: string }) {
  const t = useTranslations("dashboard.recent");
  const locale = asLocale(useLocale());
  const words = auditWords(locale);
  if (events.length === 0) return <p className="mt-3 text-slate-700">{t("none")}</p>;
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-xs">
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t("when")}
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t("who")}
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t("change")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("recommendation")}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={String(e.seq)} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                <time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt, locale)}</time>
              </td>
              <td className="py-2 pr-3">{e.actorLabel}</td>
              <td className="py-2 pr-3">
                {entityTypeLabel(e.entityType, words)}: {actionLabel(e.action, words).toLocaleLowerCase(locale)}
              </td>
              <td className="py-2">
                {e.recommendationId && e.recommendationLabel ? (
                  <Link href={`/recommendations/${e.recommendationId}`}>
                    <span className="sr-only">{t("recommendation")} </span>
                    {e.recommendationLabel}
                  </Link>
                ) : (
                  <span className="text-slate-600">{t("noRecommendation")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
