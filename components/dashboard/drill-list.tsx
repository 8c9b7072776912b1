// The recommendations behind a figure, in report order, with both statuses
// (each labelled with its lens). A lettered part shows the lead-in it shares
// with its siblings, so "2(a)" alone reads as a sentence.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { withLeadIns } from "@/components/recommendation-grouping";
import { AssessmentBadge, StateResponseBadge } from "@/components/status-badge";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { recommendationHref, type DashboardOptions } from "./urls";

export interface DrillRow {
  id: string;
  label: string;
  number: number;
  leadIn: string | null;
  text: string;
  state: StateResponseStatus;
  independent: AssessmentStatus;
}

export function DrillList({ rows, options }: { rows: DrillRow[]; options: Pick<DashboardOptions, "on" | "asOf"> }) {
  const t = useTranslations("dashboard.drill");
  if (rows.length === 0) return <p className="mt-2 text-slate-700">{t("none")}</p>;
  // A lead-in is printed once, on the first listed part that shares it (sectionless grouping: the list is flat).
  const entries = withLeadIns(rows.map((r) => ({ ...r, sectionId: null })));
  return (
    <ol role="list" className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
      {entries.map(({ rec: r, leadIn }) => (
        <li
          key={r.id}
          data-item={r.label}
          className="rec-item grid grid-cols-1 gap-x-4 gap-y-2 py-3 sm:grid-cols-[4.5rem_1fr]"
        >
          <Link href={recommendationHref(r.id, options)} className="font-semibold">
            <span className="sr-only">{t("recommendation")} </span>
            {r.label}
          </Link>
          <div>
            {leadIn && <p className="max-w-prose font-serif leading-relaxed text-slate-700">{leadIn}</p>}
            <p className="max-w-prose font-serif leading-relaxed text-slate-900">{r.text}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-700">
              <span>{t("state")}</span>
              <StateResponseBadge status={r.state} />
              <span className="ml-2">{t("independent")}</span>
              <AssessmentBadge status={r.independent} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
