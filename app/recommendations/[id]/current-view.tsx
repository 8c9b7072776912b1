// The recommendation as it stands: text, source, the two lenses, follow-up,
// institutions and history; editing controls for editors and admins only
// (the server refuses everyone else anyway). Props in, markup out.
import type { AuditEventRow } from "@/lib/audit/queries";
import type { RecommendationDetail } from "@/lib/recommendations/queries";
import { AssessmentPanel } from "@/components/recommendation/assessment-panel";
import { FollowUpSection } from "@/components/recommendation/follow-up-section";
import { HistorySection } from "@/components/recommendation/history-section";
import { InstitutionsSection } from "@/components/recommendation/institutions-section";
import { dayValue, documentOptions, institutionOptions } from "@/components/recommendation/options";
import { RecommendationText } from "@/components/recommendation/recommendation-text";
import { ResponseForm } from "@/components/recommendation/response-form";
import { ResponsePanel } from "@/components/recommendation/response-panel";
import { SourceSection } from "@/components/recommendation/source-section";
import { describeTimeline } from "@/components/recommendation/timeline";

interface Props {
  rec: RecommendationDetail;
  events: AuditEventRow[];
  institutions: { id: string; name: string; abbreviation: string | null }[];
  editable: boolean;
  sectionLeadIns: string[];
  today: string;
}

export function CurrentView({ rec, events, institutions, editable, sectionLeadIns, today }: Props) {
  const { response } = rec;
  const documents = documentOptions(rec.cycle.documents);
  const assigned = rec.institutions.map((i) => i.institution);
  const assignedIds = new Set(assigned.map((i) => i.id));
  const names = new Map([...institutions, ...assigned, ...rec.followUps.flatMap((f) => (f.institution ? [f.institution] : []))].map((i) => [i.id, i.name]));
  const timeline = describeTimeline(events, { documents: new Map(rec.cycle.documents.map((d) => [d.id, d.title])), institutions: names });
  const edit = editable ? { recommendationId: rec.id, documents, today } : undefined;

  return (
    <>
      <RecommendationText sectionLeadIns={sectionLeadIns} leadIn={rec.leadIn} number={rec.number} text={rec.text} verification={rec.textVerification} />
      <SourceSection document={rec.sourceDocument} location={rec.sourceLocation} url={rec.sourceUrl} provenance={rec.provenance} />

      {/* The two lenses on status are kept in separate panels, never merged. */}
      <div className="mt-8 grid gap-6">
        <ResponsePanel response={response}>
          {edit && (
            <ResponseForm
              recommendationId={rec.id}
              documents={documents}
              stored={{
                version: response?.version ?? 0,
                status: response?.status ?? "NO_RESPONSE",
                text: response?.text ?? null,
                statusSentence: response?.statusSentence ?? null,
                respondedOn: dayValue(response?.respondedOn),
                documentId: response?.document?.id ?? null,
                location: response?.location ?? null,
                sourceUrl: response?.sourceUrl ?? null,
              }}
            />
          )}
        </ResponsePanel>
        <AssessmentPanel assessments={rec.assessments} current={rec.currentAssessments} edit={edit} />
      </div>

      <FollowUpSection entries={rec.followUps} edit={edit && { ...edit, institutions: institutionOptions(institutions) }} />
      <InstitutionsSection
        assigned={institutionOptions(assigned)}
        edit={edit && { recommendationId: rec.id, available: institutionOptions(institutions.filter((i) => !assignedIds.has(i.id))) }}
      />
      <HistorySection entries={timeline} />
    </>
  );
}
