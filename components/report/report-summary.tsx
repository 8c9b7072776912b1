// The summary: counts in both lenses (never merged), changes since a date,
// the previous cycle; the sources' claims; how the figures are computed.
import type { ReportWords } from "@/lib/reports/report-words";
import {
  CLAIMS_HEADING,
  CLAIMS_NOTE,
  DEFINITIONS,
  DEFINITIONS_HEADING,
  itemWords,
  type ReportTable,
} from "@/lib/reports/export-text";

function SummaryTable({ table }: { table: ReportTable }) {
  return (
    <div className="report-table mt-6 overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-sm">
        <colgroup>
          <col className={table.head.length > 3 ? "w-[34%]" : "w-1/2"} />
        </colgroup>
        <caption className="text-left">
          <span className="block text-base font-semibold text-slate-900">{table.title}</span>
          {table.caption && <span className="block text-xs text-slate-700">{table.caption}</span>}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-500">
            {table.head.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1 font-semibold ${i === 0 ? "text-left" : "text-right"}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) =>
            r.kind === "group" ? (
              <tr key={ri} className="border-b border-slate-300">
                <th scope="rowgroup" colSpan={table.head.length} className="px-2 pt-3 pb-1 text-left font-semibold">
                  {r.cells[0]}
                </th>
              </tr>
            ) : (
              <tr
                key={ri}
                className={`border-b border-slate-200 ${r.kind === "total" ? "border-t-2 border-t-slate-500 font-semibold" : ""}`}
              >
                {r.cells.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                      {r.kind === "total" ? <strong>{c}</strong> : c}
                    </th>
                  ) : (
                    <td key={i} className="px-2 py-1 text-right tabular-nums">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function ReportSummary({
  intro,
  tables,
  claims,
  words,
}: {
  intro: string;
  tables: ReportTable[];
  claims: string[];
  words: ReportWords;
}) {
  return (
    <section aria-labelledby="report-summary" className="mt-8">
      <h2 id="report-summary" className="text-xl font-semibold">
        {itemWords(words).summaryHeading}
      </h2>
      <p className="mt-2 text-slate-800">{intro}</p>
      {tables.map((t) => (
        <SummaryTable key={t.id} table={t} />
      ))}
      {claims.length > 0 && (
        <div className="claim-box mt-6">
          <h3 className="text-base font-semibold">{CLAIMS_HEADING}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {claims.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-700">{CLAIMS_NOTE}</p>
        </div>
      )}
      <div className="mt-6">
        <h3 className="text-base font-semibold">{DEFINITIONS_HEADING}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {DEFINITIONS.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
