import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { canAdminister, canEdit } from "@/lib/auth/policy";
import { auditFilterOptions, listAuditEvents } from "@/lib/audit/queries";
import { parseAuditFilter } from "@/lib/audit/schema";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { auditQuery, FILTER_LABEL, filterSummary } from "@/components/audit/format";
import { WidePage } from "@/components/page-width";

export const metadata: Metadata = { title: "Audit history" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  // Not "forbidden" but "not found", like the admin pages: do not advertise it.
  if (!canEdit(user)) notFound();
  const includeSecurity = canAdminister(user);

  const { filter, invalid } = parseAuditFilter(await searchParams);
  const [{ events, nextBefore }, options] = await Promise.all([
    listAuditEvents(filter, includeSecurity),
    auditFilterOptions(filter.cycle),
  ]);
  const filtered = auditQuery(filter) !== "";
  // On paper the filter form is hidden: say in words what the table shows.
  const summary = filterSummary(filter, options);

  return (
    <WidePage>
      <h1 className="text-2xl font-semibold tracking-tight">Audit history</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Every change to the tracker&apos;s data, newest first: who made it, when, why, and what changed. The history is
        append-only and hash-chained, so no entry can be altered or removed unnoticed.
        {includeSecurity
          ? " As an administrator you also see account and sign-in events."
          : " Account and sign-in events are shown to administrators only."}
      </p>

      {invalid.length > 0 && (
        <div
          role="status"
          className="mt-4 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          Some filter values in the address were not understood and were ignored:{" "}
          {invalid.map((k) => FILTER_LABEL[k] ?? k).join(", ")}. Choose them again below.
        </div>
      )}

      <div className="mt-6">
        <AuditFilterForm filter={filter} options={options} includeSecurity={includeSecurity} />
      </div>

      <p className="mt-4 hidden text-sm print:block">
        {summary.length > 0 ? `Filters: ${summary.join("; ")}.` : "All events (no filters)."}
      </p>

      <div className="no-print mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {events.length === 0
            ? "No events match."
            : `Showing ${events.length} event${events.length === 1 ? "" : "s"}${filter.before ? ", older than those on the previous page" : ""}${nextBefore ? "; older events on the next page" : ""}.`}
        </p>
        {/* A plain link (not client navigation): the server decides, and sends a file. */}
        <a
          href={`/api/audit/export${auditQuery(filter)}`}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100"
        >
          Export CSV<span className="sr-only"> of {filtered ? "the filtered" : "the whole"} audit history</span>
        </a>
      </div>

      {events.length > 0 ? (
        <div className="mt-4">
          <AuditTable
            events={events}
            caption={filtered ? "Audit events matching the filters, newest first" : "Audit events, newest first"}
          />
        </div>
      ) : (
        <p className="mt-4 text-slate-700">
          {filtered ? "No events match these filters. " : "Nothing has been recorded yet. "}
          {filtered && <Link href="/audit">Show all events</Link>}
        </p>
      )}

      {(nextBefore || filter.before) && (
        <nav aria-label="Pages of the audit history" className="no-print mt-6 flex gap-6 text-sm">
          {filter.before && <Link href={`/audit${auditQuery(filter)}`}>Newest events</Link>}
          {nextBefore && <Link href={`/audit${auditQuery(filter, { before: nextBefore })}`}>Older events</Link>}
        </nav>
      )}
    </WidePage>
  );
}
