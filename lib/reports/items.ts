// Builds report items from replayed audit history (lib/history/replay.ts):
// the same path for "today" and for any past date. Pure, unit-tested.
import type { AssessmentStatus, AssessorType, Priority, StateResponseStatus } from "@/lib/vocab";
import { currentAssessments } from "@/lib/recommendations/current-status";
import { asDate, ofType, type ReplayedEntity } from "@/lib/history/replay";

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

export interface ReportItem {
  id: string;
  label: string;
  number: number;
  order: number;
  priority: Priority | null;
  sectionId: string | null;
  leadIn: string | null;
  text: string;
  needsVerification: boolean;
  provenance: string | null;
  source: string | null;
  response: { status: StateResponseStatus; text: string | null; statusSentence: string | null; source: string | null } | null;
  assessment: { status: AssessmentStatus; assessorType: AssessorType; assessorName: string | null; assessedOn: string; rationale: string; source: string | null } | null;
  followUps: { actionDate: string; actionTaken: string; institution: string | null; evidence: string | null; nextStep: string | null; targetDate: string | null }[];
  institutions: string[];
}

export interface Lookups {
  documentTitle: (id: string) => string | null;
  institutionName: (id: string) => string | null;
}

const day = (v: unknown) => asDate(v)?.toISOString().slice(0, 10) ?? null;

function cite(docTitle: string | null, location: unknown, url: unknown): string | null {
  const parts = [docTitle, str(location), str(url)].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

/** One recommendation's report item from its replayed entities; null if it did not exist yet. */
export function buildItem(id: string, entities: ReplayedEntity[], look: Lookups): ReportItem | null {
  const all = new Map(entities.map((e) => [`${e.entityType}:${e.id}`, e]));
  const rec = all.get(`Recommendation:${id}`);
  if (!rec) return null;
  const f = rec.fields;
  const resp = ofType(all, "StateResponse")[0];
  const assessments = ofType(all, "Assessment")
    .filter((a) => !a.fields.withdrawnAt)
    // Entities come in creation order (replay follows the chain), so the index breaks date ties.
    .map((a, i) => ({ e: a, assessorType: a.fields.assessorType as AssessorType, assessedOn: asDate(a.fields.assessedOn) ?? new Date(0), createdAt: new Date(i), status: a.fields.status as AssessmentStatus }));
  // Latest overall (the independent lens of the dashboards).
  const latest = currentAssessments(assessments).sort((x, y) => y.assessedOn.getTime() - x.assessedOn.getTime())[0];
  const docTitle = (v: unknown) => (str(v) ? look.documentTitle(v as string) : null);
  return {
    id,
    label: str(f.label) ?? "?",
    number: Number(f.number ?? 0),
    order: Number(f.order ?? 0),
    priority: (str(f.priority) as Priority | null) ?? null,
    sectionId: str(f.sectionId),
    leadIn: str(f.leadIn),
    text: str(f.text) ?? "",
    needsVerification: f.textVerification === "NEEDS_VERIFICATION",
    provenance: str(f.provenance),
    source: cite(docTitle(f.sourceDocumentId), f.sourceLocation, f.sourceUrl),
    response: resp
      ? { status: resp.fields.status as StateResponseStatus, text: str(resp.fields.text), statusSentence: str(resp.fields.statusSentence), source: cite(docTitle(resp.fields.documentId), resp.fields.location, resp.fields.sourceUrl) }
      : null,
    assessment: latest
      ? {
          status: latest.status, assessorType: latest.assessorType, assessorName: str(latest.e.fields.assessorName), assessedOn: day(latest.e.fields.assessedOn) ?? "",
          rationale: str(latest.e.fields.rationale) ?? "", source: cite(docTitle(latest.e.fields.documentId), latest.e.fields.location, latest.e.fields.sourceUrl),
        }
      : null,
    // Internal notes never leave the tracker; withdrawn entries are not current follow-up.
    followUps: ofType(all, "FollowUp")
      .filter((x) => !x.fields.withdrawnAt && x.fields.internal !== true)
      .map((x) => ({
        actionDate: day(x.fields.actionDate) ?? "",
        actionTaken: str(x.fields.actionTaken) ?? "",
        institution: str(x.fields.institutionId) ? look.institutionName(x.fields.institutionId as string) : null,
        evidence: cite(docTitle(x.fields.evidenceDocumentId), x.fields.evidenceLocation, x.fields.evidenceUrl),
        nextStep: str(x.fields.nextStep),
        targetDate: day(x.fields.targetDate),
      }))
      .sort((a, b) => a.actionDate.localeCompare(b.actionDate)),
    institutions: ofType(all, "RecommendationInstitution").map((x) => str(x.fields.institution) ?? "").filter(Boolean).sort(),
  };
}
