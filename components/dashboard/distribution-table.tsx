// One lens's distribution for a whole cycle: count and share per status,
// each count linking to its list. Never merged with the other lens.
import type { Tally } from "@/lib/dashboards/tally";
import { lensTitle, statusLabel } from "@/lib/i18n/status";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { CountLink } from "./count-link";
import { shareText } from "./describe";
import { useWords } from "./words";
import { countsOf, LENSES, type LensKey } from "./lens";
import { StatusKey } from "./status-key";
import { lensFilter, type ListFilter } from "./urls";

export function DistributionTable({
  lens,
  tally,
  href,
  caption,
}: {
  lens: LensKey;
  tally: Tally;
  href: (f: ListFilter) => string;
  caption: string;
}) {
  const w = useWords();
  const t = (key: string) => w.t(`distribution.${key}`);
  const L = LENSES[lens];
  const title = lensTitle(w.s, lens);
  const counts = countsOf(tally, lens);
  return (
    <table className="w-full border-collapse text-sm tabular-nums print:text-[9pt]">
      <caption className="mb-2 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 text-left text-xs">
          <th scope="col" className="py-2 pr-2 font-semibold">
            {t("status")}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-semibold">
            {t("recommendations")}
          </th>
          <th scope="col" className="py-2 pl-2 text-right font-semibold">
            {t("share")}
          </th>
        </tr>
      </thead>
      <tbody>
        {L.statuses.map((s) => {
          const n = counts[s.code] ?? 0;
          return (
            <tr key={s.code} className="border-b border-slate-200">
              <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                <StatusKey status={s} />
              </th>
              <td className="px-2 py-1.5 text-right">
                <CountLink
                  n={n}
                  href={href(lensFilter(lens, s.code))}
                  context={w.t("distribution.context", {
                    lens: title.toLocaleLowerCase(w.locale),
                    status: statusLabel(w.s, s.code as StateResponseStatus | AssessmentStatus),
                  })}
                />
              </td>
              <td className="py-1.5 pl-2 text-right tabular-nums">
                {shareText(tally.total === 0 ? null : n / tally.total, w)}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300">
          <th scope="row" className="py-1.5 pr-2 text-left font-semibold">
            {t("total")}
          </th>
          <td className="px-2 py-1.5 text-right">
            <CountLink n={tally.total} href={href({})} context={t("all")} strong />
          </td>
          <td className="py-1.5 pl-2 text-right tabular-nums">{shareText(tally.total === 0 ? null : 1, w)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
