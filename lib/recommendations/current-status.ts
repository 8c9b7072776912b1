// "The latest assessment per assessor is the current status": pure, so the
// page, the point-in-time view and the dashboards agree on one definition.
import type { AssessmentStatus, AssessorType } from "@/lib/vocab";

export interface AssessmentLike {
  assessorType: AssessorType;
  assessedOn: Date;
  createdAt: Date;
  status: AssessmentStatus;
}

/** Latest non-withdrawn assessment of each assessor type (input must exclude withdrawn ones). */
export function currentAssessments<T extends AssessmentLike>(active: T[]): T[] {
  const latest = new Map<AssessorType, T>();
  for (const a of active) {
    const seen = latest.get(a.assessorType);
    const newer = !seen || a.assessedOn > seen.assessedOn || (a.assessedOn.getTime() === seen.assessedOn.getTime() && a.createdAt > seen.createdAt);
    if (newer) latest.set(a.assessorType, a);
  }
  return [...latest.values()].sort((x, y) => x.assessorType.localeCompare(y.assessorType));
}
