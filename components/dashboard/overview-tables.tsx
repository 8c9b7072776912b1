// The overview's per-cycle tables, the cycles of each country under its name:
// recommendations recorded and the "implemented" shares of each lens;
// follow-up activity.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Tally } from "@/lib/dashboards/tally";
import { isPartial, type Coverage } from "@/lib/status/coverage-text";
import { CountLink } from "./count-link";
import { shareText } from "./describe";
import { consecutiveGroups } from "./groups";
import { useWords } from "./words";
import { cycleDashboardHref, listHref, type DashboardOptions } from "./urls";

export interface OverviewRow {
  slug: string;
  year: number;
  title: string;
  country: string;
  tally: Tally;
  coverage: Coverage;
  followUpsLast30: number;
  followUpsLast90: number;
  withoutFollowUp: number;
}

const th = "px-2 py-2 text-left align-bottom text-xs font-semibold";
const td = "px-2 py-2 align-top";

/** One row per cycle, a row group per country: the table frame both overview tables share. */
function CycleTable({
  caption,
  columns,
  cycles,
  row,
}: {
  caption: string;
  columns: string[];
  cycles: OverviewRow[];
  row: (c: OverviewRow) => React.ReactNode;
}) {
  const t = useTranslations("dashboard.overview");
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm tabular-nums print:text-[9pt]">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {[t("cycle"), ...columns].map((c) => (
              <th key={c} scope="col" className={th}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {consecutiveGroups(cycles, (c) => c.country).map((g) => (
          <tbody key={g.group}>
            <tr className="border-b border-slate-300 bg-slate-50">
              <th scope="rowgroup" colSpan={columns.length + 1} className="px-2 py-1.5 text-left font-semibold">
                {g.group}
              </th>
            </tr>
            {g.rows.map(row)}
          </tbody>
        ))}
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

/** "Kazakhstan 2011": a cycle named in a link's accessible name. */
const cycleName = (c: OverviewRow) => `${c.country} ${c.year}`;

export function CycleSummaryTable({
  cycles,
  options,
  caption,
}: {
  cycles: OverviewRow[];
  options: DashboardOptions;
  caption: string;
}) {
  const w = useWords();
  const tr = (key: string, values?: Record<string, string | number>) => w.t(`overview.${key}`, values);
  return (
    <CycleTable
      caption={caption}
      cycles={cycles}
      columns={[tr("recorded"), tr("stateImplemented"), tr("independentFully"), tr("independentFullyOrMostly")]}
      row={(c) => {
        const t = c.tally;
        const href = (f: Parameters<typeof listHref>[2]) => listHref(c.slug, options, f);
        const fm = t.independent.FULLY_IMPLEMENTED + t.independent.MOSTLY_IMPLEMENTED;
        const name = cycleName(c);
        return (
          <tr key={c.slug} className="border-b border-slate-200">
            <CycleHeader c={c} options={options} />
            <td className={td}>
              <CountLink n={t.total} href={href({})} context={tr("allRecordedContext", { name })} strong />
              {c.coverage.expected !== null && (
                <span
                  className={`block text-xs ${isPartial(c.coverage) ? "font-semibold text-amber-900" : "text-slate-700"}`}
                >
                  {tr(isPartial(c.coverage) ? "coveragePartial" : "coverage", {
                    recorded: c.coverage.recorded,
                    expected: c.coverage.expected,
                  })}
                </span>
              )}
            </td>
            <td className={td}>
              <CountLink
                n={t.state.IMPLEMENTED}
                href={href({ state: "IMPLEMENTED" })}
                context={tr("stateImplementedContext", { name })}
              />{" "}
              <span className="text-slate-700">({shareText(t.stateImplementedShare, w)})</span>
            </td>
            <td className={td}>
              <CountLink
                n={t.independent.FULLY_IMPLEMENTED}
                href={href({ independent: "FULLY_IMPLEMENTED" })}
                context={tr("independentFullyContext", { name })}
              />{" "}
              <span className="text-slate-700">({shareText(t.independentFullyShare, w)})</span>
            </td>
            <td className={td}>
              <CountLink
                n={fm}
                href={href({ fullyOrMostly: true })}
                context={tr("independentFullyOrMostlyContext", { name })}
              />{" "}
              <span className="text-slate-700">({shareText(t.independentFullyOrMostlyShare, w)})</span>
            </td>
          </tr>
        );
      }}
    />
  );
}

export function FollowUpTable({
  cycles,
  options,
  caption,
}: {
  cycles: OverviewRow[];
  options: DashboardOptions;
  caption: string;
}) {
  const t = useTranslations("dashboard.overview");
  return (
    <CycleTable
      caption={caption}
      cycles={cycles}
      columns={[t("followUps30"), t("followUps90"), t("withoutFollowUp")]}
      row={(c) => (
        <tr key={c.slug} className="border-b border-slate-200">
          <CycleHeader c={c} options={options} />
          <td className={`${td} tabular-nums`}>{c.followUpsLast30}</td>
          <td className={`${td} tabular-nums`}>{c.followUpsLast90}</td>
          <td className={td}>
            <CountLink
              n={c.withoutFollowUp}
              href={listHref(c.slug, options, { noFollowUp: true })}
              context={t("noFollowUpContext", { name: cycleName(c) })}
            />
          </td>
        </tr>
      )}
    />
  );
}

/** Above the overview's figures: which cycles are only partly recorded, so their shares are not read as results. */
export function PartialCyclesNote({ cycles }: { cycles: OverviewRow[] }) {
  const t = useTranslations("dashboard.overview");
  const partial = cycles.filter((c) => isPartial(c.coverage));
  if (partial.length === 0) return null;
  const list = partial
    .map((c) =>
      t("partialCycle", {
        name: cycleName(c),
        recorded: c.coverage.recorded,
        expected: c.coverage.expected ?? 0,
      }),
    )
    .join("; ");
  return (
    <p className="mt-3 max-w-prose rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {t.rich("partialCycles", { strong: (ch) => <span className="font-semibold">{ch}</span>, list })}
    </p>
  );
}
