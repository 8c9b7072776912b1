// The recommendation's history, newest first, a page at a time: when, who,
// what, why, and a before/after table per change. Values are plain text, shown in full.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TimelineEntry, TimelineRow } from "./timeline";

function Value({ value }: { value: string | null }) {
  const t = useTranslations("history");
  if (value === null) return <span className="text-slate-600">{t("empty")}</span>;
  return <span className="whitespace-pre-wrap break-words">{value}</span>;
}

function Changes({ entry }: { entry: TimelineEntry }) {
  const t = useTranslations("history");
  if (entry.rows.length === 0) return null;
  const th = "border-b border-slate-300 px-2 py-1 text-left align-top font-semibold";
  const td = "border-b border-slate-200 px-2 py-1 align-top";
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-sm">
      <caption className="sr-only">{t(entry.created ? "valuesRecorded" : "changes", { when: entry.when })}</caption>
      <colgroup>
        <col className="w-40" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t("field")}
          </th>
          {!entry.created && (
            <th scope="col" className={th}>
              {t("before")}
            </th>
          )}
          <th scope="col" className={th}>
            {entry.created ? t("value") : t("after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {entry.rows.map((r: TimelineRow) => (
          <tr key={r.field}>
            <th scope="row" className={`${td} text-left font-medium text-slate-800`}>
              {r.label}
            </th>
            {!entry.created && (
              <td className={td}>
                <Value value={r.before} />
              </td>
            )}
            <td className={td}>
              <Value value={r.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Paging {
  path: string;
  /** The page's other parameters (its moment). */
  query: [string, string][];
  olderBefore: number | null;
  /** Set when this is not the newest page. */
  before: number | null;
}

const href = (p: Paging, before?: number) => {
  const q = new URLSearchParams([
    ...p.query,
    ...(before ? [["historyBefore", String(before)] as [string, string]] : []),
  ]).toString();
  return `${p.path}${q ? `?${q}` : ""}#history`;
};

export function HistorySection({ entries, paging }: { entries: TimelineEntry[]; paging: Paging }) {
  const t = useTranslations("history");
  return (
    <section aria-labelledby="history" className="mt-10 border-t border-slate-200 pt-8">
      <h2 id="history" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {entries.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {entries.map((e) => (
            <li key={e.seq} className="break-inside-avoid-page">
              <p>
                <time dateTime={e.at.toISOString()} className="font-medium">
                  {e.when}
                </time>
                {" — "}
                <span className="font-semibold">{e.who}</span> {e.what}
              </p>
              {e.reason && (
                <p className="mt-1 text-sm">
                  <span className="font-medium text-slate-700">{t("reason")} </span>
                  <span className="whitespace-pre-wrap">{e.reason}</span>
                </p>
              )}
              <Changes entry={e} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("pages")} className="no-print mt-6 flex gap-4 text-sm">
        {paging.olderBefore && <Link href={href(paging, paging.olderBefore)}>{t("older")}</Link>}
        {paging.before && <Link href={href(paging)}>{t("newest")}</Link>}
      </nav>
    </section>
  );
}
