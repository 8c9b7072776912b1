// The recommendation at the page's moment: text, source, the two lenses (never
// merged), follow-up, institutions, earlier and later forms, history. Editing
// controls only in the current view and for editors (the server refuses
// everyone else anyway). Props in, markup out.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { RecommendationContext } from "@/lib/recommendations/queries";
import type { RecommendationView } from "@/lib/recommendations/view";
import type { EvidenceItem } from "@/lib/evidence/queries";
import type { Moment } from "@/lib/status/moment";
import type { LinkedRecommendation } from "@/components/links/recommendation-links";
import type { LinkCandidate } from "@/components/links/link-form";
import { linkRecommendationsAction, unlinkRecommendationsAction } from "@/lib/links/actions";
import { RecommendationLinks } from "@/components/links/recommendation-links";
import { RepeatSuggestions, type RepeatSuggestionItem } from "@/components/links/repeat-suggestions";
import { AssessmentPanel } from "@/components/recommendation/assessment-panel";
import { FollowUpSection } from "@/components/recommendation/follow-up-section";
import { HistorySection } from "@/components/recommendation/history-section";
import { InstitutionsSection } from "@/components/recommendation/institutions-section";
import { citableDocumentOptions, institutionOptions } from "@/components/recommendation/options";
import { RecommendationText } from "@/components/recommendation/recommendation-text";
import { ResponsePanel } from "@/components/recommendation/response-panel";
import { SourceSection } from "@/components/recommendation/source-section";
import { describeTimeline, type TimelineEvent } from "@/components/recommendation/timeline";
import { useReaderLocale } from "@/components/recommendation/dates";
import type { EntryEditState } from "@/components/recommendation/entry-editing";
import { DraftsSection, type DraftsView } from "@/components/review/drafts-section";

interface Props {
  view: RecommendationView;
  ctx: RecommendationContext;
  moment: Moment;
  sectionLeadIns: string[];
  /** The text in the language the reader chose (lib/translations), its language code, and the language box. */
  reading?: { text?: string; lang: string; controls: ReactNode };
  /** Evidence files of the entries shown, by entry id. */
  files: Record<string, EvidenceItem[]>;
  edit?: {
    today: string;
    institutions: { id: string; name: string; abbreviation: string | null }[];
    editing: EntryEditState;
  };
  /** Drafts in review, for their author or reviewers (the page decides); the body adds the citable documents. */
  drafts?: Omit<DraftsView, "documents">;
  history: {
    events: TimelineEvent[];
    olderBefore: number | null;
    before: number | null;
    path: string;
    query: [string, string][];
    /** Names of the owners the history names (signed-in readers only). */
    users?: Map<string, string>;
  };
  links: {
    earlier: LinkedRecommendation[];
    later: LinkedRecommendation[];
    search: string;
    candidates: LinkCandidate[] | null;
    /** Earlier recommendations that read alike (editors, current view); null when not shown. */
    suggestions: RepeatSuggestionItem[] | null;
  };
}

export function RecommendationBody({
  view,
  ctx,
  moment,
  sectionLeadIns,
  reading,
  files,
  edit,
  drafts,
  history,
  links,
}: Props) {
  const t = useTranslations();
  const locale = useReaderLocale();
  const words = {
    t: (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values),
    locale,
  };
  const documents = citableDocumentOptions(ctx.cycle.country.cycles, ctx.cycle.id, words);
  const assigned = view.institutions.map((a) => a.institution);
  const assignedIds = new Set(assigned.map((i) => i.id));
  const names = new Map(
    [
      ...(edit?.institutions ?? []),
      ...assigned,
      ...view.followUps.flatMap((f) => (f.institution ? [f.institution] : [])),
    ].map((i) => [i.id, i.name]),
  );
  const timeline = describeTimeline(history.events, {
    documents: new Map(ctx.cycle.country.cycles.flatMap((c) => c.documents.map((d) => [d.id, d.title]))),
    institutions: names,
    users: history.users,
    words,
  });
  const base = edit && { recommendationId: view.id, documents, today: edit.today, editing: edit.editing };

  return (
    <>
      <RecommendationText
        sectionLeadIns={sectionLeadIns}
        leadIn={view.leadIn}
        number={view.number}
        text={reading?.text ?? view.text}
        lang={reading?.lang}
        verification={view.textVerification}
      />
      {reading?.controls}
      <SourceSection
        document={view.sourceDocument}
        location={view.sourceLocation}
        url={view.sourceUrl}
        provenance={view.provenance}
      />
      {/* Near the top: what this recommendation repeats or led to frames how its responses read. */}
      <div className="mt-8">
        <RecommendationLinks
          recommendationId={view.id}
          earlier={links.earlier}
          later={links.later}
          search={{ query: links.search, results: links.candidates, action: history.path }}
          canEdit={Boolean(edit)}
          linkAction={linkRecommendationsAction}
          unlinkAction={unlinkRecommendationsAction}
        />
      </div>
      {edit && links.suggestions && (
        <RepeatSuggestions
          recommendationId={view.id}
          suggestions={links.suggestions}
          action={linkRecommendationsAction}
        />
      )}
      <div className="mt-8 grid gap-6">
        <ResponsePanel responses={view.responses} on={moment.on} edit={base} files={files} />
        <AssessmentPanel assessments={view.assessments} on={moment.on} edit={base} />
      </div>
      <FollowUpSection
        entries={view.followUps}
        on={moment.on}
        edit={base && { ...base, institutions: institutionOptions(edit!.institutions) }}
        files={files}
      />
      {drafts && <DraftsSection v={{ ...drafts, documents }} />}
      <InstitutionsSection
        assigned={view.institutions}
        edit={
          base && {
            recommendationId: view.id,
            today: base.today,
            available: institutionOptions(edit!.institutions.filter((i) => !assignedIds.has(i.id))),
          }
        }
      />
      <HistorySection entries={timeline} paging={history} />
    </>
  );
}
