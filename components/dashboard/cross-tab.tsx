// The two lenses side by side: state response (rows) × independent
// assessment (columns). Cells where they disagree are marked "≠" and tinted;
// the caption says so in words.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Tally } from "@/lib/dashboards/tally";
import { statusLabel } from "@/lib/i18n/status";
import { CountLink } from "./count-link";
import { LENSES, lensesDisagree } from "./lens";
import { StatusKey } from "./status-key";
import type { ListFilter } from "./urls";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

const th = "px-2 py-2 text-left align-bottom text-xs font-semibold";

export function CrossTab({ tally, href, caption }: { tally: Tally; href: (f: ListFilter) => string; caption: string }) {
  const t = useTranslations("dashboard.crossTab");
  const st = useTranslations("status");
  const label = (code: string) => statusLabel(st, code as StateResponseStatus | AssessmentStatus);
  const rows = LENSES.state.statuses;
  const cols = LENSES.independent.statuses;
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm tabular-nums print:text-[9pt]">
        <caption className="mb-2 text-left text-sm text-slate-800">
          <span className="block font-semibold text-slate-900">{caption}</span>
          <span className="block">
            {t.rich("explain", {
              hidden: (c: ReactNode) => <span aria-hidden="true">{c}</span>,
              implemented: label("IMPLEMENTED"),
              partially: label("PARTIALLY_IMPLEMENTED"),
              not: label("NOT_IMPLEMENTED"),
            })}
          </span>
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              <span className="sr-only">{t("cornerLong")}</span>
              <span aria-hidden="true">{t("cornerShort")}</span>
            </th>
            {cols.map((c) => (
              <th key={c.code} scope="col" className={`${th} min-w-20 print:min-w-0`}>
                <StatusKey status={c} />
              </th>
            ))}
            <th scope="col" className={th}>
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-slate-200">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <StatusKey status={r} />
              </th>
              {cols.map((c) => {
                const n = tally.cross[r.code as StateResponseStatus][c.code as AssessmentStatus];
                const gap = lensesDisagree(r.code, c.code);
                const f: ListFilter = { state: r.code as StateResponseStatus, independent: c.code as AssessmentStatus };
                const context = t(gap ? "cellGap" : "cell", { state: label(r.code), independent: label(c.code) });
                return (
                  <td
                    key={c.code}
                    className={`px-2 py-2 ${gap ? "bg-amber-50 ring-2 ring-inset ring-amber-700" : ""}`}
                    style={gap ? { printColorAdjust: "exact" } : undefined}
                  >
                    {gap && (
                      <span aria-hidden="true" className="mr-1 font-bold text-amber-900">
                        ≠
                      </span>
                    )}
                    <CountLink n={n} href={href(f)} context={context} />
                  </td>
                );
              })}
              <td className="px-2 py-2">
                <CountLink
                  n={tally.state[r.code as StateResponseStatus]}
                  href={href({ state: r.code as StateResponseStatus })}
                  context={t("stateContext", { status: label(r.code) })}
                  strong
                />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300">
            <th scope="row" className="px-2 py-2 text-left font-semibold">
              {t("total")}
            </th>
            {cols.map((c) => (
              <td key={c.code} className="px-2 py-2">
                <CountLink
                  n={tally.independent[c.code as AssessmentStatus]}
                  href={href({ independent: c.code as AssessmentStatus })}
                  context={t("independentContext", { status: label(c.code) })}
                  strong
                />
              </td>
            ))}
            <td className="px-2 py-2">
              <CountLink n={tally.total} href={href({})} context={t("all")} strong />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
