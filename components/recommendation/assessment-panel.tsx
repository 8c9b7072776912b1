// The independent assessment (ODIHR's follow-up scale): the current status
// per assessor, every recorded assessment (withdrawn ones kept, marked), and
// for editors the forms to add, correct and withdraw.
import type { AssessmentStatus, AssessorType } from "@/lib/vocab";
import { ASSESSOR_TYPE } from "@/lib/vocab";
import { DateText } from "@/components/date-text";
import { AssessmentBadge } from "@/components/status-badge";
import { AssessmentForm } from "./assessment-form";
import { Citation } from "./citation";
import { Disclosure, EntryControls } from "./disclosure";
import { LensPanel } from "./lens-panel";
import { dayValue, type Option } from "./options";
import { WithdrawForm } from "./withdraw-form";
import { Withdrawn } from "./withdrawn";

export interface AssessmentView {
  id: string;
  version?: number;
  status: AssessmentStatus;
  assessorType: AssessorType;
  assessorName: string | null;
  assessedOn: Date;
  rationale: string;
  location?: string | null;
  sourceUrl?: string | null;
  document?: { id?: string; slug: string; title: string } | null;
  withdrawnAt: Date | null;
  withdrawalReason?: string | null;
}

export interface AssessmentEdit {
  recommendationId: string;
  documents: Option[];
  today: string;
}

function Summary({ a }: { a: AssessmentView }) {
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <AssessmentBadge status={a.status} />
        <span className="font-medium">
          {ASSESSOR_TYPE[a.assessorType]}
          {a.assessorName && ` · ${a.assessorName}`}
        </span>
        <span className="text-sm text-slate-700">
          assessed on <DateText date={a.assessedOn} />
        </span>
      </p>
      <p className="max-w-prose whitespace-pre-wrap">{a.rationale}</p>
      {/* Undefined (not known in a reconstructed past view) is not the same as "not recorded". */}
      {(a.document !== undefined || a.location !== undefined || a.sourceUrl !== undefined) && <Citation document={a.document} location={a.location} url={a.sourceUrl} />}
    </div>
  );
}

function Controls({ a, edit }: { a: AssessmentView; edit: AssessmentEdit }) {
  const version = a.version ?? 1;
  const stored = {
    id: a.id, version, status: a.status, assessorType: a.assessorType, assessorName: a.assessorName, assessedOn: dayValue(a.assessedOn),
    rationale: a.rationale, documentId: a.document?.id ?? null, location: a.location ?? null, sourceUrl: a.sourceUrl ?? null,
  };
  return (
    <EntryControls>
      {!a.withdrawnAt && (
        <Disclosure summary="Correct" compact>
          <AssessmentForm mode="correct" stored={stored} documents={edit.documents} today={edit.today} />
        </Disclosure>
      )}
      <WithdrawForm kind="assessment" id={a.id} version={version} what="this assessment" withdrawn={Boolean(a.withdrawnAt)} />
    </EntryControls>
  );
}

export function AssessmentPanel({ assessments, current, edit }: { assessments: AssessmentView[]; current: AssessmentView[]; edit?: AssessmentEdit }) {
  return (
    <LensPanel id="assessment" title="Independent assessment" subtitle="On ODIHR's follow-up scale, by an independent assessor.">
      {current.length === 0 ? (
        <div className="space-y-2">
          <AssessmentBadge status="NOT_YET_ASSESSED" />
          <p className="text-slate-800">Not yet assessed — no independent assessment has been recorded for this recommendation.</p>
        </div>
      ) : (
        <>
          <h3 id="assessment-current" className="font-semibold">
            Current status, per assessor
          </h3>
          <p className="text-sm text-slate-700">The latest assessment of each assessor is its current status.</p>
          <ul aria-labelledby="assessment-current" className="mt-3 space-y-4">
            {current.map((a) => (
              <li key={a.id} className="border-l-4 border-slate-300 pl-3">
                <Summary a={a} />
              </li>
            ))}
          </ul>
        </>
      )}

      {assessments.length > 0 && (
        <div className="mt-6">
          <h3 id="assessment-all" className="font-semibold">
            All recorded assessments ({assessments.length})
          </h3>
          <ol aria-labelledby="assessment-all" className="mt-3 space-y-4">
            {assessments.map((a) => (
              <li key={a.id} className={`rounded-md border p-3 ${a.withdrawnAt ? "border-dashed border-slate-400 bg-slate-50 text-slate-700" : "border-slate-200"}`}>
                {a.withdrawnAt && <Withdrawn at={a.withdrawnAt} reason={a.withdrawalReason} />}
                <Summary a={a} />
                {edit && <Controls a={a} edit={edit} />}
              </li>
            ))}
          </ol>
        </div>
      )}

      {edit && (
        <Disclosure summary="Add an assessment">
          <AssessmentForm mode="add" recommendationId={edit.recommendationId} documents={edit.documents} today={edit.today} />
        </Disclosure>
      )}
    </LensPanel>
  );
}
