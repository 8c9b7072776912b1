// The state's responses (self-assessment): a dated series, quoted verbatim
// with their sources. The current one (the latest by date, then by entry, as
// lib/status decides) is shown in full; every entry is listed, latest first,
// withdrawn ones kept and marked. Editors record new answers and correct entries.
import type { ReactNode } from "react";
import type { ResponseEntry } from "@/lib/recommendations/view";
import type { EvidenceItem } from "@/lib/evidence/queries";
import { datedToForm } from "@/lib/dated";
import { DatedText } from "@/components/dated-text";
import { StateResponseBadge } from "@/components/status-badge";
import { ResponseTranslations } from "@/components/translations/response-translations";
import { Citation } from "./citation";
import { formatIsoDay } from "./dates";
import { EntryEditing, NewEntryLink, entryAnchor, type EntryEditState } from "./entry-editing";
import { EvidenceFiles } from "./evidence-files";
import { LensPanel } from "./lens-panel";
import type { Option } from "./options";
import { ResponseForm } from "./response-form";
import { WithdrawForm } from "./withdraw-form";
import { Withdrawn } from "./withdrawn";

export interface ResponseEdit {
  recommendationId: string;
  documents: Option[];
  today: string;
  editing: EntryEditState;
}

const paragraphs = (text: string | null) =>
  (text ?? "")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);

function Body({ r }: { r: ResponseEntry }) {
  return (
    <div className="space-y-3">
      {paragraphs(r.text).length > 0 && (
        <div className="max-w-prose space-y-3 font-serif leading-relaxed whitespace-pre-wrap text-slate-900">
          {paragraphs(r.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {r.statusSentence && (
        <p className="text-sm">
          <span className="font-medium text-slate-700">Closing status sentence: </span>
          <q className="font-serif">{r.statusSentence}</q>
        </p>
      )}
      <Citation document={r.document} location={r.location} url={r.sourceUrl} />
    </div>
  );
}

function Heading({ r, on }: { r: ResponseEntry; on: string | null }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <StateResponseBadge status={r.status} />
      <span className="text-sm text-slate-800">
        given <DatedText dated={r} />
      </span>
      {r.current && (
        <span className="rounded-sm px-1.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-500 ring-inset">
          current
        </span>
      )}
      {!r.counts && on && (
        <span className="text-xs font-medium text-slate-700">
          (dated after {formatIsoDay(on)}: not counted on that day)
        </span>
      )}
    </p>
  );
}

function Controls({ r, edit }: { r: ResponseEntry; edit: ResponseEdit }) {
  const stored = {
    id: r.id,
    version: r.version,
    status: r.status,
    text: r.text,
    statusSentence: r.statusSentence,
    documentId: r.document?.id ?? null,
    location: r.location,
    sourceUrl: r.sourceUrl,
    ...datedToForm(r),
  };
  return (
    <EntryEditing
      id={r.id}
      withdrawn={Boolean(r.withdrawnAt)}
      state={edit.editing}
      what="this response"
      correct={<ResponseForm mode="correct" stored={stored} documents={edit.documents} today={edit.today} />}
      withdraw={
        <WithdrawForm
          kind="response"
          id={r.id}
          version={r.version}
          what="this response"
          withdrawn={Boolean(r.withdrawnAt)}
        />
      }
    />
  );
}

export function ResponsePanel({
  responses,
  on,
  edit,
  children,
  files = {},
}: {
  responses: ResponseEntry[];
  on: string | null;
  edit?: ResponseEdit;
  children?: ReactNode;
  /** Evidence files by entry id (lib/evidence/queries.ts). */
  files?: Record<string, EvidenceItem[]>;
}) {
  const current = responses.find((r) => r.current);
  return (
    <LensPanel
      id="state-response"
      title="State's response"
      subtitle="The authorities' own account (self-assessment), quoted verbatim."
    >
      {current ? (
        <div className="space-y-3">
          <Heading r={{ ...current, current: false }} on={on} />
          {current.dateNote && <p className="text-sm text-slate-700">On the date: {current.dateNote}</p>}
          <Body r={current} />
        </div>
      ) : (
        <div className="space-y-2">
          <StateResponseBadge status="NO_RESPONSE" />
          <p className="text-slate-800">
            {on
              ? `No response of the state dated on or before ${formatIsoDay(on)} is recorded.`
              : "No response of the state is recorded yet."}
          </p>
        </div>
      )}
      {responses.length > 0 && (
        <div className="mt-6">
          <h3 id="responses-all" className="font-semibold">
            All recorded responses ({responses.length}), latest first
          </h3>
          <ol aria-labelledby="responses-all" className="mt-3 space-y-4">
            {responses.map((r) => (
              <li
                key={r.id}
                id={entryAnchor(r.id)}
                className={`rounded-md border p-3 ${r.withdrawnAt ? "border-dashed border-slate-400 bg-slate-50 text-slate-700" : "border-slate-200"}`}
              >
                {r.withdrawnAt && <Withdrawn at={r.withdrawnAt} reason={r.withdrawalReason} />}
                <Heading r={r} on={on} />
                {r.current ? (
                  <p className="mt-2 text-sm text-slate-700">Shown in full above.</p>
                ) : (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold text-sky-800">Read this response</summary>
                    <div className="mt-2">
                      {r.dateNote && <p className="mb-2 text-sm text-slate-700">On the date: {r.dateNote}</p>}
                      <Body r={r} />
                    </div>
                  </details>
                )}
                <ResponseTranslations responseId={r.id} on={on} edit={edit} />
                <EvidenceFiles
                  files={files[r.id] ?? []}
                  entry={{ kind: "stateResponse", id: r.id, what: "this response" }}
                  canEdit={Boolean(edit)}
                  canAttach={Boolean(edit) && !r.withdrawnAt}
                />
                {edit && <Controls r={r} edit={edit} />}
              </li>
            ))}
          </ol>
        </div>
      )}
      {edit && (
        <NewEntryLink kind="response" label="Record a new response" state={edit.editing} anchor="state-response">
          <p className="mt-3 text-sm text-slate-700">
            A new answer of the state (a follow-up letter, a statement at a round table, the next election&rsquo;s
            comments) is a new entry; to fix a typo or a source in an existing entry, use its &ldquo;Correct&rdquo;
            instead.
          </p>
          <ResponseForm
            mode="add"
            recommendationId={edit.recommendationId}
            documents={edit.documents}
            today={edit.today}
          />
        </NewEntryLink>
      )}
      {children}
    </LensPanel>
  );
}
