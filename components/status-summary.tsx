// Compact summary of the state's responses in a cycle, computed from the data.
import { STATE_RESPONSE_ORDER, type StateResponseStatus } from "@/lib/vocab";
import { StateResponseBadge } from "./status-badge";

export function StatusSummary({ counts, total }: { counts: Partial<Record<StateResponseStatus, number>>; total: number }) {
  if (total === 0) return <p className="text-sm text-slate-700">No recommendation texts recorded yet.</p>;
  const present = STATE_RESPONSE_ORDER.filter((s) => (counts[s] ?? 0) > 0);
  return (
    <ul className="flex flex-wrap gap-2" aria-label="State's responses by status">
      {present.map((s) => (
        <li key={s}>
          <StateResponseBadge status={s} count={counts[s]} />
        </li>
      ))}
    </ul>
  );
}
