// A cycle's totals: the two lenses' distributions side by side (separate
// tables, never merged) and the headline shares of each.
import type { Tally } from "@/lib/dashboards/tally";
import { lensTitle } from "@/lib/i18n/status";
import { CountLink } from "./count-link";
import { shareText } from "./describe";
import { DistributionTable } from "./distribution-table";
import type { ListFilter } from "./urls";
import { useWords, type Words } from "./words";

export function Totals({ tally, href, when }: { tally: Tally; href: (f: ListFilter) => string; when: string }) {
  const w = useWords();
  const t = (key: string) => w.t(`totals.${key}`);
  return (
    <>
      <p className="mt-2 text-base">
        <CountLink n={tally.total} href={href({})} context={t("allRecorded")} strong />{" "}
        {w.t("totals.recorded", { count: tally.total, when })}
      </p>
      <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Share term={t("stateImplemented")} value={tally.stateImplementedShare} w={w} />
        <Share term={t("independentFully")} value={tally.independentFullyShare} w={w} />
        <Share term={t("independentFullyOrMostly")} value={tally.independentFullyOrMostlyShare} w={w} />
      </dl>
      <div className="mt-6 grid grid-cols-1 gap-8 md:grid-cols-2">
        {(["state", "independent"] as const).map((lens) => (
          <div key={lens}>
            <DistributionTable lens={lens} tally={tally} href={href} caption={lensTitle(w.s, lens)} />
          </div>
        ))}
      </div>
    </>
  );
}

function Share({ term, value, w }: { term: string; value: number | null; w: Words }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs text-slate-700">{term}</dt>
      <dd className="text-xl font-semibold tabular-nums">{shareText(value, w)}</dd>
    </div>
  );
}
