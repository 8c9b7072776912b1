// Follow-up: dated actions with their evidence, newest first; withdrawn
// entries stay readable, marked. Editors add, correct and withdraw.
import { useTranslations } from "next-intl";
import type { FollowUpEntry } from "@/lib/recommendations/view";
import type { EvidenceItem } from "@/lib/evidence/queries";
import { datedToForm } from "@/lib/dated";
import { DateText } from "@/components/date-text";
import { DatedText } from "@/components/dated-text";
import { Citation } from "./citation";
import { EntryEditing, NewEntryLink, entryAnchor, type EntryEditState } from "./entry-editing";
import { EvidenceFiles } from "./evidence-files";
import { FollowUpForm } from "./follow-up-form";
import { formatIsoDay, useReaderLocale } from "./dates";
import { dayValue, type Option } from "./options";
import { WithdrawForm } from "./withdraw-form";
import { Withdrawn } from "./withdrawn";

export interface FollowUpEdit {
  recommendationId: string;
  documents: Option[];
  institutions: Option[];
  today: string;
  editing: EntryEditState;
}

type FollowUpView = FollowUpEntry;

function Entry({ e, on }: { e: FollowUpView; on: string | null }) {
  const t = useTranslations("entries");
  const locale = useReaderLocale();
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">
          <DatedText dated={e} />
        </span>
        {!e.counts && on && (
          <span className="text-xs font-medium text-slate-700">
            {t("datedAfterShort", { date: formatIsoDay(on, locale) })}
          </span>
        )}
        {e.institution && <span className="text-sm text-slate-700">· {e.institution.name}</span>}
        {e.internal && (
          <span className="rounded-sm px-1.5 text-xs font-medium text-slate-800 ring-1 ring-inset ring-slate-500">
            {t("internalNote")}
          </span>
        )}
      </p>
      {e.dateNote && <p className="text-sm text-slate-700">{t("onTheDate", { note: e.dateNote })}</p>}
      <p className="max-w-prose whitespace-pre-wrap">{e.actionTaken}</p>
      {(e.evidenceDocument || e.evidenceLocation || e.evidenceUrl) && (
        <Citation
          label={t("evidence")}
          document={e.evidenceDocument}
          location={e.evidenceLocation}
          url={e.evidenceUrl}
        />
      )}
      {(e.nextStep || e.targetDate) && (
        <p className="text-sm">
          <span className="font-medium text-slate-700">{t("nextStep")} </span>
          {e.nextStep && <span className="whitespace-pre-wrap">{e.nextStep}</span>}
          {e.targetDate && (
            <span className="text-slate-700">
              {e.nextStep && " "}
              {t.rich("targetDate", { date: () => <DateText date={e.targetDate} /> })}
            </span>
          )}
        </p>
      )}
    </div>
  );
}

function Controls({ e, edit }: { e: FollowUpView; edit: FollowUpEdit }) {
  const version = e.version;
  const stored = {
    id: e.id,
    version,
    ...datedToForm(e),
    actionTaken: e.actionTaken,
    institutionId: e.institution?.id ?? null,
    evidenceDocumentId: e.evidenceDocument?.id ?? null,
    evidenceLocation: e.evidenceLocation,
    evidenceUrl: e.evidenceUrl ?? null,
    nextStep: e.nextStep,
    targetDate: dayValue(e.targetDate),
    internal: e.internal ?? false,
  };
  // Keep the entry's institution choosable even if it was deactivated since.
  const institutions =
    e.institution && !edit.institutions.some((o) => o.value === e.institution?.id)
      ? [...edit.institutions, { value: e.institution.id, label: e.institution.name }]
      : edit.institutions;
  return (
    <EntryEditing
      id={e.id}
      withdrawn={Boolean(e.withdrawnAt)}
      state={edit.editing}
      kind="followUp"
      correct={
        <FollowUpForm
          mode="correct"
          stored={stored}
          documents={edit.documents}
          institutions={institutions}
          today={edit.today}
        />
      }
      withdraw={<WithdrawForm kind="followUp" id={e.id} version={version} withdrawn={Boolean(e.withdrawnAt)} />}
    />
  );
}

export function FollowUpSection({
  entries,
  on,
  edit,
  files = {},
}: {
  entries: FollowUpView[];
  on: string | null;
  edit?: FollowUpEdit;
  /** Evidence files by entry id (lib/evidence/queries.ts). */
  files?: Record<string, EvidenceItem[]>;
}) {
  const t = useTranslations("entries");
  return (
    <section aria-labelledby="follow-up" className="mt-8">
      <h2 id="follow-up" className="text-lg font-semibold">
        {t("followUp")}
      </h2>
      <p className="text-sm text-slate-700">{t("followUpIntro")}</p>
      {entries.length === 0 ? (
        <p className="mt-3 text-slate-800">{t("noFollowUp")}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {entries.map((e) => (
            <li
              key={e.id}
              id={entryAnchor(e.id)}
              className={`rounded-md border p-3 ${e.withdrawnAt ? "border-dashed border-slate-400 bg-slate-50 text-slate-700" : "border-slate-200"}`}
            >
              {e.withdrawnAt && <Withdrawn at={e.withdrawnAt} reason={e.withdrawalReason} />}
              <Entry e={e} on={on} />
              <EvidenceFiles
                files={files[e.id] ?? []}
                entry={{ kind: "followUp", id: e.id }}
                canEdit={Boolean(edit)}
                canAttach={Boolean(edit) && !e.withdrawnAt}
              />
              {edit && <Controls e={e} edit={edit} />}
            </li>
          ))}
        </ol>
      )}
      {edit && (
        <NewEntryLink kind="followUp" label={t("addFollowUp")} state={edit.editing} anchor="follow-up">
          <FollowUpForm
            mode="add"
            recommendationId={edit.recommendationId}
            documents={edit.documents}
            institutions={edit.institutions}
            today={edit.today}
          />
        </NewEntryLink>
      )}
    </section>
  );
}
