// A cycle's totals: the two lenses' distributions side by side (separate
// tables, never merged) and the headline shares of each.
import type { Tally } from "@/lib/dashboards/tally";
import { CountLink } from "./count-link";
import { shareText } from "./describe";
import { DistributionTable } from "./distribution-table";
import type { ListFilter } from "./urls";

export function Totals({ tally, href, when }: { tally: Tally; href: (f: ListFilter) => string; when: string }) {
  return (
    <>
      <p className="mt-2 text-base">
        <CountLink n={tally.total} href={href({})} context="all recorded in this cycle" strong />{" "}
        {tally.total === 1 ? "recommendation" : "recommendations"} recorded, {when}.
      </p>
      <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Share term="Implemented, per the state" value={tally.stateImplementedShare} />
        <Share term="Fully implemented, per independent assessment" value={tally.independentFullyShare} />
        <Share
          term="Fully or mostly implemented, per independent assessment"
          value={tally.independentFullyOrMostlyShare}
        />
      </dl>
      <div className="mt-6 grid grid-cols-1 gap-8 md:grid-cols-2">
        {(["state", "independent"] as const).map((lens) => (
          <div key={lens}>
            <DistributionTable
              lens={lens}
              tally={tally}
              href={href}
              caption={lens === "state" ? "State\u2019s response" : "Independent assessment"}
            />
          </div>
        ))}
      </div>
    </>
  );
}

function Share({ term, value }: { term: string; value: number | null }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs text-slate-700">{term}</dt>
      <dd className="text-xl font-semibold tabular-nums">{shareText(value)}</dd>
    </div>
  );
}
