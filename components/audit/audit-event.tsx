// One audit event in full: when, who, what, the recommendation or cycle it
// concerns, the reason, and every changed value before and after, uncut.
import Link from "next/link";
import type { AuditEntry } from "@/lib/audit/readable";
import { formatWhen } from "./format";

const dt = "font-medium text-slate-800";
const dd = "mb-2 wrap-break-word";

export function AuditEventView({ event: e }: { event: AuditEntry }) {
  // A creation (or a sign-in) has no earlier values: one column of recorded values then.
  const hasBefore = e.lines.some((l) => l.from !== undefined);
  return (
    <>
      <p className="no-print text-sm">
        <Link href="/audit">Audit history</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Audit event No. {e.seq}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
        <dt className={dt}>When (UTC)</dt>
        <dd className={dd}>
          <time dateTime={e.occurredAt.toISOString()}>{formatWhen(e.occurredAt)}</time>
        </dd>
        <dt className={dt}>Who</dt>
        <dd className={dd}>{e.actorLabel}</dd>
        <dt className={dt}>What</dt>
        <dd className={dd}>
          {e.what}: {e.record}
        </dd>
        <dt className={dt}>Recommendation</dt>
        <dd className={dd}>
          {e.recommendation ? (
            <Link href={`/recommendations/${e.recommendation.id}`}>{e.recommendation.label}</Link>
          ) : (
            "none"
          )}
        </dd>
        <dt className={dt}>Cycle</dt>
        <dd className={dd}>
          {e.cycle ? <Link href={`/cycles/${e.cycle.slug}`}>{`${e.cycle.country}, ${e.cycle.label}`}</Link> : "none"}
        </dd>
        <dt className={dt}>Reason</dt>
        <dd className={`${dd} whitespace-pre-line`}>{e.reason ?? "none given"}</dd>
      </dl>

      {!e.readable ? (
        <p className="mt-6 text-slate-700">
          This event was recorded in a form this page does not read; the CSV export has it in full.
        </p>
      ) : e.lines.length === 0 ? (
        <p className="mt-6 text-slate-700">No details were recorded.</p>
      ) : (
        <table className="mt-6 w-full table-fixed border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">Changes</caption>
          <colgroup>
            <col className="w-40" />
            {hasBefore && <col />}
            <col />
          </colgroup>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3 font-semibold">
                Field
              </th>
              {hasBefore && (
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Before
                </th>
              )}
              <th scope="col" className="py-2 font-semibold">
                {hasBefore ? "After" : "Recorded value"}
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
                    {l.from ?? <span className="text-slate-600">(none)</span>}
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
