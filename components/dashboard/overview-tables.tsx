// The overview's per-cycle tables: recommendations recorded and the
// "implemented" shares of each lens; follow-up activity.
import Link from "next/link";
import type { Tally } from "@/lib/dashboards/tally";
import { CountLink } from "./count-link";
import { shareText } from "./describe";
import { cycleDashboardHref, listHref, type DashboardOptions } from "./urls";

export interface OverviewRow {
  slug: string;
  year: number;
  title: string;
  tally: Tally;
  followUpsLast30: number;
  followUpsLast90: number;
  withoutFollowUp: number;
}

const th = "px-2 py-2 text-left align-bottom text-xs font-semibold";
const td = "px-2 py-2 align-top";

/** One row per cycle: the table frame both overview tables share. */
function CycleTable({ caption, columns, children }: { caption: string; columns: string[]; children: React.ReactNode }) {
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm print:text-[9pt]">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {["Cycle", ...columns].map((c) => (
              <th key={c} scope="col" className={th}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function CycleHeader({ c, options }: { c: OverviewRow; options: DashboardOptions }) {
  return (
    <th scope="row" className="px-2 py-2 text-left align-top font-medium">
      <Link href={cycleDashboardHref(c.slug, options)}>
        {c.year} <span className="font-normal">{c.title}</span>
      </Link>
    </th>
  );
}

export function CycleSummaryTable({ cycles, options, caption }: { cycles: OverviewRow[]; options: DashboardOptions; caption: string }) {
  return (
    <CycleTable
      caption={caption}
      columns={["Recommendations recorded", "State\u2019s response: Implemented", "Independent: Fully implemented", "Independent: Fully or mostly implemented"]}
    >
          {cycles.map((c) => {
            const t = c.tally;
            const href = (f: Parameters<typeof listHref>[2]) => listHref(c.slug, options, f);
            const fm = t.independent.FULLY_IMPLEMENTED + t.independent.MOSTLY_IMPLEMENTED;
            return (
              <tr key={c.slug} className="border-b border-slate-200">
                <CycleHeader c={c} options={options} />
                <td className={td}>
                  <CountLink n={t.total} href={href({})} context={`${c.year}, all recorded`} strong />
                </td>
                <td className={td}>
                  <CountLink n={t.state.IMPLEMENTED} href={href({ state: "IMPLEMENTED" })} context={`${c.year}, state\u2019s response Implemented`} />{" "}
                  <span className="text-slate-700">({shareText(t.stateImplementedShare)})</span>
                </td>
                <td className={td}>
                  <CountLink n={t.independent.FULLY_IMPLEMENTED} href={href({ independent: "FULLY_IMPLEMENTED" })} context={`${c.year}, independent assessment Fully implemented`} />{" "}
                  <span className="text-slate-700">({shareText(t.independentFullyShare)})</span>
                </td>
                <td className={td}>
                  <CountLink n={fm} href={href({ fullyOrMostly: true })} context={`${c.year}, independent assessment Fully or mostly implemented`} />{" "}
                  <span className="text-slate-700">({shareText(t.independentFullyOrMostlyShare)})</span>
                </td>
              </tr>
            );
          })}
    </CycleTable>
  );
}

export function FollowUpTable({ cycles, options, caption }: { cycles: OverviewRow[]; options: DashboardOptions; caption: string }) {
  return (
    <CycleTable caption={caption} columns={["Follow-up entries, last 30 days", "Follow-up entries, last 90 days", "Recommendations with no follow-up"]}>
          {cycles.map((c) => (
            <tr key={c.slug} className="border-b border-slate-200">
              <CycleHeader c={c} options={options} />
              <td className={`${td} tabular-nums`}>{c.followUpsLast30}</td>
              <td className={`${td} tabular-nums`}>{c.followUpsLast90}</td>
              <td className={td}>
                <CountLink n={c.withoutFollowUp} href={listHref(c.slug, options, { noFollowUp: true })} context={`${c.year}, no follow-up recorded`} />
              </td>
            </tr>
          ))}
    </CycleTable>
  );
}
