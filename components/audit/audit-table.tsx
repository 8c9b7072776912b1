// The audit events as a table that fits the page: when (UTC), who, what was
// done to which record, the recommendation (or cycle) it concerns, and the
// changes in words with the reason. Long values are shortened; a row with a
// shortened value links to the event's own page, where every value is in full
// (kept off this page so that 50 events stay light).
import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry, ChangeLine } from "@/lib/audit/readable";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { shorten } from "./format";

const LONG = 160;
const LONG_NAME = 80;

/** Whether any value of the row is shortened (then the row links to the event's page, where all is in full). */
function isShortened(e: AuditEntry): boolean {
  const values = [e.reason ?? "", ...e.lines.flatMap((l) => [l.from ?? "", l.to])];
  return shorten(e.record, LONG_NAME).cut || values.some((v) => shorten(v, LONG).cut);
}

const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;

function Line({ line }: { line: ChangeLine }) {
  const t = useTranslations("auditPage.table");
  return (
    <li>
      <span className="font-medium">{`${line.label}:`}</span>{" "}
      {line.from !== undefined && (
        <>
          <span className="text-slate-700">{shorten(line.from, LONG).text}</span> <span aria-hidden="true">→</span>
          <span className="sr-only">{t("changedTo")}</span>{" "}
        </>
      )}
      {shorten(line.to, LONG).text}
    </li>
  );
}

function Changes({ event }: { event: AuditEntry }) {
  const t = useTranslations("auditPage.table");
  if (!event.readable) return <p className="text-slate-700">{t("unreadable")}</p>;
  if (event.lines.length === 0) return <p className="text-slate-700">{t("noDetails")}</p>;
  return (
    <ul className="space-y-0.5">
      {event.lines.map((l) => (
        <Line key={l.field} line={l} />
      ))}
    </ul>
  );
}

function Concerns({ event }: { event: AuditEntry }) {
  const t = useTranslations("auditPage.table");
  const country = event.cycle && <span className="block text-xs text-slate-600">{event.cycle.country}</span>;
  if (event.recommendation) {
    return (
      <>
        <Link href={`/recommendations/${event.recommendation.id}`}>{event.recommendation.label}</Link>
        {country}
      </>
    );
  }
  if (event.cycle) {
    return (
      <>
        <Link href={`/cycles/${event.cycle.slug}`}>{event.cycle.label}</Link>
        {country}
      </>
    );
  }
  return <span className="text-slate-600">{t("none")}</span>;
}

// Cell styles set once on the table, not on each of 250 cells (the page stays light).
const cells =
  "[&_td]:py-2 [&_td]:pr-3 [&_td]:align-top [&_td]:wrap-break-word [&_th]:py-2 [&_th]:pr-3 [&_th]:font-semibold " +
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_tr]:break-inside-avoid";

export function AuditTable({ events, caption }: { events: AuditEntry[]; caption: string }) {
  const t = useTranslations("auditPage.table");
  const locale = useLocale() as Locale;
  return (
    // Fixed column widths: the table fits the page; only a phone scrolls it (keyboard too: the region is focusable).
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      <table className={`w-full min-w-[40rem] table-fixed border-collapse text-left text-sm ${cells}`}>
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <colgroup>
          <col className="w-[5.5rem]" />
          <col className="w-28" />
          <col className="w-32" />
          <col className="w-32" />
          <col />
        </colgroup>
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom">
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("concerns")}</th>
            <th scope="col">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td className="tabular-nums">
                <time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt, locale)}</time>
                <span className="block text-xs text-slate-600">{t("seq", { seq: String(e.seq) })}</span>
              </td>
              <td>{e.actorLabel}</td>
              <td>
                <span className="block font-medium">{e.what}</span>
                {shorten(e.record, LONG_NAME).text}
              </td>
              <td>
                <Concerns event={e} />
              </td>
              <td>
                <Changes event={e} />
                {/* Not repeated when it is already a recorded value (a withdrawal's reason). */}
                {e.reason && !e.lines.some((l) => l.to === e.reason) && (
                  <p className="mt-1">
                    <span className="font-medium">{t("reason")}</span> {shorten(e.reason, LONG).text}
                  </p>
                )}
                {isShortened(e) && (
                  <Link href={`/audit/${e.seq}`} className="mt-1 inline-block text-xs">
                    {t.rich("fullText", { seq: String(e.seq), hidden })}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
