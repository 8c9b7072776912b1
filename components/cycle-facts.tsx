// Dates and final-report details of a cycle, as a description list.
import { useTranslations } from "next-intl";
import type { ElectionType } from "@/lib/vocab";
import { DateText } from "./date-text";

export interface CycleFactsData {
  electionType: ElectionType;
  electionDate: Date;
  isEarly: boolean;
  finalReportTitle: string | null;
  finalReportDate: Date | null;
  finalReportPlace: string | null;
  finalReportUrl: string | null;
}

export function cycleHeading(c: { year: number; title: string }): string {
  return `${c.year} · ${c.title}`;
}

export function CycleFacts({ cycle }: { cycle: CycleFactsData }) {
  const t = useTranslations("home.facts");
  const report = cycle.finalReportTitle;
  const type = t(`electionType.${cycle.electionType}`);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-700">{t("election")}</dt>
      <dd>
        {cycle.isEarly ? t("early", { type }) : type}, <DateText date={cycle.electionDate} />
      </dd>
      <dt className="font-medium text-slate-700">{t("finalReport")}</dt>
      <dd>
        {report ? (
          <>
            {cycle.finalReportUrl ? <a href={cycle.finalReportUrl}>{report}</a> : report}
            {cycle.finalReportPlace ? `, ${cycle.finalReportPlace}` : ""}, <DateText date={cycle.finalReportDate} />
          </>
        ) : (
          <span className="text-slate-600">{t("notRecorded")}</span>
        )}
      </dd>
    </dl>
  );
}
