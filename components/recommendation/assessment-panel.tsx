// The independent assessment (ODIHR's follow-up scale): the current status
// (the latest assessment of any assessor, as every figure counts it), the
// latest of each assessor, every recorded assessment (withdrawn ones kept,
// marked), and for editors the forms to add, correct and withdraw.
import { useTranslations } from "next-intl";
import type { AssessmentEntry } from "@/lib/recommendations/view";
import { lensTitle } from "@/lib/i18n/status";
import { datedToForm } from "@/lib/dated";
import { DatedText } from "@/components/dated-text";
import { AssessmentBadge } from "@/components/status-badge";
import { AssessmentForm } from "./assessment-form";
import { Citation } from "./citation";
import { formatIsoDay, useReaderLocale } from "./dates";
import { EntryEditing, NewEntryLink, entryAnchor, type EntryEditState } from "./entry-editing";
import { LensPanel } from "./lens-panel";
import type { Option } from "./options";
import { WithdrawForm } from "./withdraw-form";
import { Withdrawn } from "./withdrawn";

export interface AssessmentEdit {
  recommendationId: string;
  documents: Option[];
  today: string;
  editing: EntryEditState;
}

function Summary({ a, on }: { a: AssessmentEntry; on: string | null }) {
  const t = useTranslations("entries");
  const locale = useReaderLocale();
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <AssessmentBadge status={a.status} />
        <span className="font-medium">
          {t(`assessorType.${a.assessorType}`)}
          {a.assessorName && ` · ${a.assessorName}`}
        </span>
        <span className="text-sm text-slate-700">{t.rich("assessed", { date: () => <DatedText dated={a} /> })}</span>
        {!a.counts && on && (
          <span className="text-xs font-medium text-slate-700">
            {t("datedAfter", { date: formatIsoDay(on, locale) })}
          </span>
        )}
      </p>
      {a.dateNote && <p className="text-sm text-slate-700">{t("onTheDate", { note: a.dateNote })}</p>}
      <p className="max-w-prose whitespace-pre-wrap">{a.rationale}</p>
      <Citation document={a.document} location={a.location} url={a.sourceUrl} />
    </div>
  );
}

function Controls({ a, edit }: { a: AssessmentEntry; edit: AssessmentEdit }) {
  const stored = {
    id: a.id,
    version: a.version,
    status: a.status,
    assessorType: a.assessorType,
    assessorName: a.assessorName,
    rationale: a.rationale,
    documentId: a.document?.id ?? null,
    location: a.location,
    sourceUrl: a.sourceUrl,
    ...datedToForm(a),
  };
  return (
    <EntryEditing
      id={a.id}
      withdrawn={Boolean(a.withdrawnAt)}
      state={edit.editing}
      kind="assessment"
      correct={<AssessmentForm mode="correct" stored={stored} documents={edit.documents} today={edit.today} />}
      withdraw={<WithdrawForm kind="assessment" id={a.id} version={a.version} withdrawn={Boolean(a.withdrawnAt)} />}
    />
  );
}

export function AssessmentPanel({
  assessments,
  on,
  edit,
}: {
  assessments: AssessmentEntry[];
  on: string | null;
  edit?: AssessmentEdit;
}) {
  const current = assessments.find((a) => a.current);
  const perAssessor = assessments.filter((a) => a.latestOfType);
  const t = useTranslations("entries");
  const ts = useTranslations("status");
  const locale = useReaderLocale();
  return (
    <LensPanel id="assessment" title={lensTitle(ts, "independent")} subtitle={t("assessmentSubtitle")}>
      {!current ? (
        <div className="space-y-2">
          <AssessmentBadge status="NOT_YET_ASSESSED" />
          <p className="text-slate-800">
            {on ? t("notYetAssessedOn", { date: formatIsoDay(on, locale) }) : t("notYetAssessed")}
          </p>
        </div>
      ) : (
        <>
          <h3 id="assessment-current" className="font-semibold">
            {t("currentStatus")}
          </h3>
          <p className="text-sm text-slate-700">{t("currentStatusNote")}</p>
          <div className="mt-3 border-l-4 border-slate-300 pl-3">
            <Summary a={current} on={on} />
          </div>
          {perAssessor.length > 1 && (
            <>
              <h3 id="assessment-per-assessor" className="mt-5 font-semibold">
                {t("latestOfEach")}
              </h3>
              <ul aria-labelledby="assessment-per-assessor" className="mt-2 space-y-1 text-sm">
                {perAssessor.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-x-2">
                    <span className="font-medium">{t(`assessorType.${a.assessorType}`)}:</span>{" "}
                    <AssessmentBadge status={a.status} />
                    <span className="text-slate-700">
                      (<DatedText dated={a} />)
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      {assessments.length > 0 && (
        <div className="mt-6">
          <h3 id="assessment-all" className="font-semibold">
            {t("allAssessments", { count: assessments.length })}
          </h3>
          <ol aria-labelledby="assessment-all" className="mt-3 space-y-4">
            {assessments.map((a) => (
              <li
                key={a.id}
                id={entryAnchor(a.id)}
                className={`rounded-md border p-3 ${a.withdrawnAt ? "border-dashed border-slate-400 bg-slate-50 text-slate-700" : "border-slate-200"}`}
              >
                {a.withdrawnAt && <Withdrawn at={a.withdrawnAt} reason={a.withdrawalReason} />}
                <Summary a={a} on={on} />
                {edit && <Controls a={a} edit={edit} />}
              </li>
            ))}
          </ol>
        </div>
      )}

      {edit && (
        <NewEntryLink kind="assessment" label={t("addAssessment")} state={edit.editing} anchor="assessment">
          <AssessmentForm
            mode="add"
            recommendationId={edit.recommendationId}
            documents={edit.documents}
            today={edit.today}
          />
        </NewEntryLink>
      )}
    </LensPanel>
  );
}
