// A cycle broken down by one dimension (section, priority, institution): for
// each lens, separately, an optional stacked bar chart and its table.
import { MatrixTable, type MatrixRow } from "./matrix-table";
import { countsOf, LENSES, type LensKey } from "./lens";
import { StackedBarChart } from "./stacked-bar-chart";

const BOTH: LensKey[] = ["state", "independent"];

export function Breakdown({
  id,
  title,
  rowHeading,
  rows,
  chart = false,
  empty,
}: {
  id: string;
  title: string;
  rowHeading: string;
  rows: MatrixRow[];
  chart?: boolean;
  empty: string;
}) {
  return (
    <section aria-labelledby={id} className="mt-10 break-inside-avoid-page">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">{empty}</p>
      ) : (
        BOTH.map((lens) => (
          <div key={lens} className="mt-6">
            <h3 className="text-base font-semibold">
              {LENSES[lens].title}, by {rowHeading.toLowerCase()}
            </h3>
            {chart && (
              <StackedBarChart
                lens={lens}
                rows={rows.map((r) => ({ label: r.label, counts: countsOf(r.tally, lens) }))}
              />
            )}
            <MatrixTable
              caption={`${LENSES[lens].title}, by ${rowHeading.toLowerCase()}`}
              lens={lens}
              rowHeading={rowHeading}
              rows={rows}
              hideCaption
            />
          </div>
        ))
      )}
    </section>
  );
}
