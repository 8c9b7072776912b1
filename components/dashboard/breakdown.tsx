// A cycle broken down by one dimension (section, priority, institution, theme): for
// each lens, separately, an optional stacked bar chart and its table.
import { useTranslations } from "next-intl";
import { lensTitle } from "@/lib/i18n/status";
import { MatrixTable, type MatrixRow } from "./matrix-table";
import { countsOf, type LensKey } from "./lens";
import { StackedBarChart } from "./stacked-bar-chart";

const BOTH: LensKey[] = ["state", "independent"];

export type Dimension = "section" | "priority" | "institution" | "theme";

/** Title, row heading, empty text and per-lens heading of each dimension: dashboard.breakdown.<name>. */
export function Breakdown({
  id,
  name,
  rows,
  chart = false,
}: {
  id: string;
  /** Which dimension (a code, so the literal-string check reads it as one). */
  name: Dimension;
  rows: MatrixRow[];
  chart?: boolean;
}) {
  const t = useTranslations(`dashboard.breakdown.${name}`);
  const s = useTranslations("status");
  return (
    <section aria-labelledby={id} className="mt-10 break-inside-avoid-page">
      <h2 id={id} className="text-lg font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("empty")}</p>
      ) : (
        BOTH.map((lens) => {
          const heading = t("byLens", { lens: lensTitle(s, lens) });
          return (
            <div key={lens} className="mt-6">
              <h3 className="text-base font-semibold">{heading}</h3>
              {chart && (
                <StackedBarChart
                  lens={lens}
                  rows={rows.map((r) => ({ label: r.label, counts: countsOf(r.tally, lens) }))}
                />
              )}
              <MatrixTable caption={heading} lens={lens} rowHeading={t("rowHeading")} rows={rows} hideCaption />
            </div>
          );
        })
      )}
    </section>
  );
}
