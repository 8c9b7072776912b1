// One election cycle on the home page.
import Link from "next/link";
import type { StateResponseStatus } from "@/lib/vocab";
import { ClaimList, type Claim } from "./claim-box";
import { CycleFacts, cycleHeading, type CycleFactsData } from "./cycle-facts";
import { StatusSummary } from "./status-summary";

export interface CycleCardData extends CycleFactsData {
  slug: string;
  year: number;
  title: string;
  claims: Claim[];
  responseCounts: Partial<Record<StateResponseStatus, number>>;
  _count: { recommendations: number; documents: number };
}

export function CycleCard({ cycle }: { cycle: CycleCardData }) {
  const n = cycle._count.recommendations;
  const headingId = `cycle-${cycle.slug}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-5 shadow-xs">
      <h2 id={headingId} className="text-xl font-semibold">
        <Link href={`/cycles/${cycle.slug}`} className="text-slate-900 no-underline hover:underline">
          {cycleHeading(cycle)}
        </Link>
      </h2>
      <div className="mt-3">
        <CycleFacts cycle={cycle} />
      </div>
      <div className="mt-4 space-y-2">
        <p className="text-sm">
          <span className="font-semibold tabular-nums">{n}</span> {n === 1 ? "recommendation" : "recommendations"} recorded in the
          tracker
          {n > 0 && <span className="text-slate-700"> · state&rsquo;s responses:</span>}
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
