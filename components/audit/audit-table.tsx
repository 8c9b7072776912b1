// The audit events as a table that fits the page: when (UTC), who, what was
// done to which record, the recommendation (or cycle) it concerns, and the
// changes in words with the reason. Long values are shortened; the full value
// is one keyboard step away.
import Link from "next/link";
import type { AuditEntry, ChangeLine } from "@/lib/audit/readable";
import { formatWhen, shorten } from "./format";

/** A value, shortened when long; `of` names it for screen readers ("Full text of the rationale"). */
function Value({ text, of, max = 160 }: { text: string; of: string; max?: number }) {
  const s = shorten(text, max);
  if (!s.cut) return <>{s.text}</>;
  return (
    <>
      {s.text}{" "}
      <details className="mt-0.5 print:hidden">
        <summary className="cursor-pointer text-xs text-slate-700 underline">
          Full text<span className="sr-only"> of {of}</span>
        </summary>
        <span className="mt-1 block rounded bg-slate-50 p-2 whitespace-pre-line">{text}</span>
      </details>
    </>
  );
}

function Line({ line }: { line: ChangeLine }) {
  return (
    <li>
      <span className="font-medium">{line.label}:</span>{" "}
      {line.from !== undefined && (
        <>
          <span className="text-slate-700">
            <Value text={line.from} of={`the earlier ${line.label.toLowerCase()}`} />
          </span>{" "}
          <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span>{" "}
        </>
      )}
      <Value text={line.to} of={`the ${line.label.toLowerCase()}`} />
    </li>
  );
}

function Changes({ event }: { event: AuditEntry }) {
  if (!event.readable) {
    return <p className="text-slate-700">Recorded in a form this page does not read; the CSV export has it in full.</p>;
  }
  if (event.lines.length === 0) return <p className="text-slate-700">No details</p>;
  return (
    <ul className="space-y-0.5">
      {event.lines.map((l) => (
        <Line key={l.field} line={l} />
      ))}
    </ul>
  );
}

function Concerns({ event }: { event: AuditEntry }) {
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
  return <span className="text-slate-600">none</span>;
}

const th = "py-2 pr-3 font-semibold";
const td = "py-2 pr-3 wrap-break-word";

export function AuditTable({ events, caption }: { events: AuditEntry[]; caption: string }) {
  return (
    // Fixed column widths: the table fits the page; only a phone scrolls it (keyboard too: the region is focusable).
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-left text-sm">
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
            <th scope="col" className={th}>When (UTC)</th>
            <th scope="col" className={th}>Who</th>
            <th scope="col" className={th}>What</th>
            <th scope="col" className={th}>Recommendation or cycle</th>
            <th scope="col" className="py-2 font-semibold">Changes and reason</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq} className="break-inside-avoid border-b border-slate-200 align-top">
              <td className={`${td} tabular-nums`}>
                <time dateTime={e.occurredAt.toISOString()}>{formatWhen(e.occurredAt)}</time>
                <span className="block text-xs text-slate-600">No. {e.seq}</span>
              </td>
              <td className={td}>{e.actorLabel}</td>
              <td className={td}>
                <span className="block font-medium">{e.what}</span>
                <Value text={e.record} of="the record's name" max={80} />
              </td>
              <td className={td}>
                <Concerns event={e} />
              </td>
              <td className="py-2 wrap-break-word">
                <Changes event={e} />
                {/* Not repeated when it is already a recorded value (a withdrawal's reason). */}
                {e.reason && !e.lines.some((l) => l.to === e.reason) && (
                  <p className="mt-1">
                    <span className="font-medium">Reason:</span> <Value text={e.reason} of="the reason" />
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
