// One lens's counts for several groups (cycles, sections, priorities,
// institutions): a row per group, a column per status, the total, and shares.
// The table is the accessible equivalent of the chart beside it.
import type { ReactNode } from "react";
import type { Tally } from "@/lib/dashboards/tally";
import { useWords } from "./words";
import { CountLink } from "./count-link";
import { consecutiveGroups } from "./groups";
import { shareText } from "./describe";
import { countsOf, LENSES, type LensKey } from "./lens";
import { StatusKey } from "./status-key";
import { lensFilter, type ListFilter } from "./urls";

export interface MatrixRow {
  key: string;
  /** Plain text, for the links' accessible names. */
  label: string;
  /** Shown in the row header (e.g. a link); defaults to the label. */
  header?: ReactNode;
  tally: Tally;
  /** The list behind a cell; null when the group cannot be listed. */
  href: ((f: ListFilter) => string) | null;
  /** Rows of one group (a country's cycles) follow each other under its header. */
  group?: string;
}

export interface ShareColumn {
  header: string;
  of: (t: Tally) => number | null;
}

const th = "px-2 py-2 text-left align-bottom text-xs font-semibold";

export function MatrixTable({
  caption,
  lens,
  rowHeading,
  rows,
  shares = [],
  hideCaption = false,
}: {
  caption: ReactNode;
  lens: LensKey;
  rowHeading: string;
  rows: MatrixRow[];
  shares?: ShareColumn[];
  hideCaption?: boolean;
}) {
  const w = useWords();
  const L = LENSES[lens];
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm tabular-nums print:text-[9pt]">
        <caption className={hideCaption ? "sr-only" : "mb-2 text-left text-sm font-semibold text-slate-900"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              {rowHeading}
            </th>
            {L.statuses.map((s) => (
              <th key={s.code} scope="col" className={`${th} min-w-20 print:min-w-0`}>
                <StatusKey status={s} />
              </th>
            ))}
            <th scope="col" className={th}>
              {w.t("matrix.total")}
            </th>
            {shares.map((c) => (
              <th key={c.header} scope="col" className={`${th} min-w-20 print:min-w-0`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {consecutiveGroups(rows, (r) => r.group).map((g) => (
          <tbody key={g.group ?? ""}>
            {g.group !== null && (
              <tr className="border-b border-slate-300 bg-slate-50">
                <th
                  scope="rowgroup"
                  colSpan={L.statuses.length + 2 + shares.length}
                  className="px-2 py-1.5 text-left font-semibold"
                >
                  {g.group}
                </th>
              </tr>
            )}
            {g.rows.map((r) => {
              const counts = countsOf(r.tally, lens);
              return (
                <tr key={r.key} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 text-left font-medium">
                    {r.header ?? r.label}
                  </th>
                  {L.statuses.map((s) => (
                    <td key={s.code} className="px-2 py-2">
                      <CountLink n={counts[s.code] ?? 0} href={r.href?.(lensFilter(lens, s.code)) ?? null} />
                    </td>
                  ))}
                  <td className="px-2 py-2">
                    <CountLink n={r.tally.total} href={r.href?.({}) ?? null} strong />
                  </td>
                  {shares.map((c) => (
                    <td key={c.header} className="px-2 py-2 tabular-nums">
                      {shareText(c.of(r.tally), w)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
