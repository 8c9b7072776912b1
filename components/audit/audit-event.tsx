// One audit event in full: when, who, what, the recommendation or cycle it
// concerns, the reason, and every changed value before and after, uncut.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/audit/readable";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const dt = "font-medium text-slate-800";
const dd = "mb-2 wrap-break-word";

export function AuditEventView({ event: e }: { event: AuditEntry }) {
  // A creation (or a sign-in) has no earlier values: one column of recorded values then.
  const hasBefore = e.lines.some((l) => l.from !== undefined);
  const t = useTranslations("auditPage.event");
  const page = useTranslations("auditPage");
  const locale = useLocale() as Locale;
  return (
    <>
      <p className="no-print text-sm">
        <Link href="/audit">{page("title")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("title", { seq: String(e.seq) })}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
        <dt className={dt}>{t("when")}</dt>
        <dd className={dd}>
          <time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt, locale)}</time>
        </dd>
        <dt className={dt}>{t("who")}</dt>
        <dd className={dd}>{e.actorLabel}</dd>
        <dt className={dt}>{t("what")}</dt>
        <dd className={dd}>{t("whatValue", { what: e.what, record: e.record })}</dd>
        <dt className={dt}>{t("recommendation")}</dt>
        <dd className={dd}>
          {e.recommendation ? (
            <Link href={`/recommendations/${e.recommendation.id}`}>{e.recommendation.label}</Link>
          ) : (
            t("none")
          )}
        </dd>
        <dt className={dt}>{t("cycle")}</dt>
        <dd className={dd}>
          {e.cycle ? (
            <Link href={`/cycles/${e.cycle.slug}`}>
              {t("cycleValue", { country: e.cycle.country, cycle: e.cycle.label })}
            </Link>
          ) : (
            t("none")
          )}
        </dd>
        <dt className={dt}>{t("reason")}</dt>
        <dd className={`${dd} whitespace-pre-line`}>{e.reason ?? t("noReason")}</dd>
      </dl>

      {!e.readable ? (
        <p className="mt-6 text-slate-700">{t("unreadable")}</p>
      ) : e.lines.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("noDetails")}</p>
      ) : (
        <table className="mt-6 w-full table-fixed border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">{t("changes")}</caption>
          <colgroup>
            <col className="w-40" />
            {hasBefore && <col />}
            <col />
          </colgroup>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("field")}
              </th>
              {hasBefore && (
                <th scope="col" className="py-2 pr-3 font-semibold">
                  {t("before")}
                </th>
              )}
              <th scope="col" className="py-2 font-semibold">
                {hasBefore ? t("after") : t("recorded")}
              </th>
            </tr>
          </thead>
          <tbody>
            {e.lines.map((l) => (
              <tr key={l.field} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {l.label}
                </th>
                {hasBefore && (
                  <td className="py-2 pr-3 whitespace-pre-line wrap-break-word text-slate-700">
                    {l.from ?? <span className="text-slate-600">{t("noValue")}</span>}
                  </td>
                )}
                <td className="py-2 whitespace-pre-line wrap-break-word">{l.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
