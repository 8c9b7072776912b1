// One election cycle in the cycle list, with the state's responses counted at
// the moment shown (the same figures as the dashboards).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { StateResponseStatus } from "@/lib/vocab";
import { ClaimList, type Claim } from "./claim-box";
import { CycleFacts, cycleHeading, type CycleFactsData } from "./cycle-facts";
import { StatusSummary } from "./status-summary";
import { CoverageNote } from "./coverage-note";
import type { Coverage } from "@/lib/status/coverage-text";

export interface CycleCardData extends CycleFactsData {
  slug: string;
  year: number;
  title: string;
  claims: Claim[];
  /** Recommendations recorded at the moment shown. */
  recorded: number;
  coverage: Coverage;
  responseCounts: Partial<Record<StateResponseStatus, number>>;
}

/** `href` is the cycle page at the same moment; `level` the heading level (under a country heading). */
export function CycleCard({ cycle, href, level = 3 }: { cycle: CycleCardData; href: string; level?: 2 | 3 }) {
  const t = useTranslations("home.card");
  const n = cycle.recorded;
  const headingId = `cycle-${cycle.slug}`;
  const H = `h${level}` as const;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-5 shadow-xs">
      <H id={headingId} className="text-lg font-semibold">
        <Link href={href} className="text-slate-900 no-underline hover:underline">
          {cycleHeading(cycle)}
        </Link>
      </H>
      <div className="mt-3">
        <CycleFacts cycle={cycle} />
      </div>
      <CoverageNote coverage={cycle.coverage} className="mt-4" />
      <div className="mt-4 space-y-2">
        <p className="text-sm">
          {t.rich("recorded", { count: n, n: (c) => <span className="font-semibold tabular-nums">{c}</span> })}
          {n > 0 && <span className="text-slate-700"> · {t("responses")}</span>}
        </p>
        <StatusSummary counts={cycle.responseCounts} total={n} />
      </div>
      {cycle.claims.length > 0 && (
        <div className="mt-4">
          <ClaimList claims={cycle.claims} />
        </div>
      )}
    </article>
  );
}
