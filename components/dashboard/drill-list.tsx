// The recommendations behind a figure, in report order, with both statuses
// (each labelled with its lens).
import Link from "next/link";
import { AssessmentBadge, StateResponseBadge } from "@/components/status-badge";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

export interface DrillRow {
  id: string;
  label: string;
  text: string;
  state: StateResponseStatus;
  independent: AssessmentStatus;
}

export function DrillList({ rows, asOf }: { rows: DrillRow[]; asOf?: string }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-700">No recommendation matches.</p>;
  const query = asOf ? `?asOf=${asOf}` : "";
  return (
    <ol role="list" className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
      {rows.map((r) => (
        <li key={r.id} data-item={r.label} className="rec-item grid grid-cols-1 gap-x-4 gap-y-2 py-3 sm:grid-cols-[4.5rem_1fr]">
          <Link href={`/recommendations/${r.id}${query}`} className="font-semibold">
            <span className="sr-only">Recommendation </span>
            {r.label}
          </Link>
          <div>
            <p className="max-w-prose font-serif leading-relaxed text-slate-900">{r.text}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-700">
              <span>State&rsquo;s response</span>
              <StateResponseBadge status={r.state} />
              <span className="ml-2">Independent assessment</span>
              <AssessmentBadge status={r.independent} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
