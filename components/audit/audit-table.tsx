// The audit events as a table: when (UTC), who, what, on which record, why,
// and the changed fields in a compact "field: before → after" form.
import Link from "next/link";
import type { AuditEventRow } from "@/lib/audit/queries";
import { actionLabel, describeChanges, entityTypeLabel, formatWhen } from "./format";

function Changes({ changes }: { changes: unknown }) {
  const lines = describeChanges(changes);
  if (lines.length === 0) return <span className="text-slate-600">none</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((l) => (
        <li key={l.field} className="break-words">
          <span className="font-medium">{l.label}:</span>{" "}
          {l.from !== undefined && (
            <>
              <span className="text-slate-700">{l.from}</span> <span aria-hidden="true">→</span>
              <span className="sr-only">changed to</span>{" "}
            </>
          )}
          <span>{l.to}</span>
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ events, caption }: { events: AuditEventRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom">
            <th scope="col" className="py-2 pr-3 font-semibold whitespace-nowrap">When (UTC)</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Who</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Action</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Record</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Reason</th>
            <th scope="col" className="py-2 font-semibold">Changes</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq} className="break-inside-avoid border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                <time dateTime={e.occurredAt.toISOString()}>{formatWhen(e.occurredAt)}</time>
                <span className="block text-xs text-slate-600">No. {e.seq}</span>
              </td>
              <td className="py-2 pr-3">{e.actorLabel}</td>
              <td className="py-2 pr-3">{actionLabel(e.action)}</td>
              <td className="py-2 pr-3">
                {e.recommendationId ? <Link href={`/recommendations/${e.recommendationId}`}>{entityTypeLabel(e.entityType)}</Link> : entityTypeLabel(e.entityType)}
                <code className="block font-mono text-xs break-all text-slate-600">{e.entityId}</code>
              </td>
              <td className="py-2 pr-3 break-words">{e.reason ?? <span className="text-slate-600">none given</span>}</td>
              <td className="min-w-56 py-2">
                <Changes changes={e.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
