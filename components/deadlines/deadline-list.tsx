// A list of recommendations with their target date (lib/owners `deadlines`): when, how far, who, and where
// each stands (the status words of lib/vocab, from lib/status).
import Link from "next/link";
import { DateText } from "@/components/date-text";
import type { DeadlineItem } from "@/lib/owners/queries";
import { ASSESSMENT, STATE_RESPONSE } from "@/lib/vocab";

const distance = (days: number) =>
  days < 0
    ? `${-days} day${days === -1 ? "" : "s"} overdue`
    : days === 0
      ? "today"
      : `in ${days} day${days === 1 ? "" : "s"}`;

export function DeadlineList({ items, empty }: { items: DeadlineItem[]; empty: string }) {
  if (items.length === 0) return <p className="mt-3 text-slate-700">{empty}</p>;
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200">
      {items.map((d) => (
        <li key={d.recommendationId} className="px-3 py-2">
          <Link href={`/recommendations/${d.recommendationId}`}>
            {d.year} · {d.cycleTitle} · recommendation {d.label}
          </Link>
          <p className="mt-1 text-sm text-slate-800">
            Target date <DateText date={d.targetDate} /> ({distance(d.daysLeft)}) · follow-up entry {d.entryNo}
            {d.institution && ` · ${d.institution}`}
            {` · owner: ${d.owner ?? "none"}`}
          </p>
          {d.nextStep && <p className="mt-1 text-sm text-slate-700">Next step: {d.nextStep}</p>}
          <p className="mt-1 text-sm text-slate-700">
            State: {STATE_RESPONSE[d.state].label} · Assessment: {ASSESSMENT[d.independent].label}
          </p>
        </li>
      ))}
    </ul>
  );
}
