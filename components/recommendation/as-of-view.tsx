// The recommendation as recorded at the end of a past day, rebuilt from the
// audit history: the same panels as the current page, read-only.
import type { RecommendationAsOf } from "@/lib/history/queries";
import { AssessmentPanel } from "./assessment-panel";
import { FollowUpSection } from "./follow-up-section";
import { InstitutionsSection } from "./institutions-section";
import { RecommendationText } from "./recommendation-text";
import { ResponsePanel } from "./response-panel";
import { formatDateTime } from "./dates";

export function AsOfView({ past, number, sectionLeadIns }: { past: RecommendationAsOf; number: number | null; sectionLeadIns: string[] }) {
  return (
    <>
      <RecommendationText sectionLeadIns={sectionLeadIns} leadIn={past.leadIn} number={number} text={past.text} />
      {/* The two lenses on status are kept in separate panels, never merged. */}
      <div className="mt-8 grid gap-6">
        <ResponsePanel response={past.response} />
        <AssessmentPanel assessments={[...past.assessments].sort((a, b) => b.assessedOn.getTime() - a.assessedOn.getTime())} current={past.currentAssessments} />
      </div>
      <FollowUpSection entries={[...past.followUps].sort((a, b) => (b.actionDate?.getTime() ?? 0) - (a.actionDate?.getTime() ?? 0))} />
      <InstitutionsSection assigned={past.institutions.map((name) => ({ value: name, label: name }))} />
      <p className="mt-8 text-sm text-slate-700">
        Rebuilt from {past.eventCount} recorded {past.eventCount === 1 ? "change" : "changes"}
        {past.lastChange && `; the last one on ${formatDateTime(past.lastChange)}`}.
      </p>
    </>
  );
}
