// The state's responses (self-assessment): a dated series, quoted verbatim
// with their sources. The current one (the latest by date, then by entry, as
// lib/status decides) is shown in full; every entry is listed, latest first,
// withdrawn ones kept and marked. Editors record new answers and correct entries.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ResponseEntry } from "@/lib/recommendations/view";
import type { EvidenceItem } from "@/lib/evidence/queries";
import { datedToForm } from "@/lib/dated";
import { DatedText } from "@/components/dated-text";
import { StateResponseBadge } from "@/components/status-badge";
import { ResponseTranslations } from "@/components/translations/response-translations";
import { Citation } from "./citation";
import { formatIsoDay, useReaderLocale } from "./dates";
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
  const t = useTranslations("entries");
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
          <span className="font-medium text-slate-700">{t("closingSentence")} </span>
          <q className="font-serif">{r.statusSentence}</q>
        </p>
      )}
      <Citation document={r.document} location={r.location} url={r.sourceUrl} />
    </div>
  );
}

function Heading({ r, on }: { r: ResponseEntry; on: string | null }) {
  const t = useTranslations("entries");
  const locale = useReaderLocale();
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <StateResponseBadge status={r.status} />
      <span className="text-sm text-slate-800">{t.rich("given", { date: () => <DatedText dated={r} /> })}</span>
      {r.current && (
        <span className="rounded-sm px-1.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-500 ring-inset">
          {t("current")}
        </span>
      )}
      {!r.counts && on && (
        <span className="text-xs font-medium text-slate-700">
          {t("datedAfter", { date: formatIsoDay(on, locale) })}
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
      kind="response"
      correct={<ResponseForm mode="correct" stored={stored} documents={edit.documents} today={edit.today} />}
      withdraw={<WithdrawForm kind="response" id={r.id} version={r.version} withdrawn={Boolean(r.withdrawnAt)} />}
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
  const t = useTranslations("entries");
  const locale = useReaderLocale();
  return (
    <LensPanel id="state-response" title={t("responseTitle")} subtitle={t("responseSubtitle")}>
      {current ? (
        <div className="space-y-3">
          <Heading r={{ ...current, current: false }} on={on} />
          {current.dateNote && <p className="text-sm text-slate-700">{t("onTheDate", { note: current.dateNote })}</p>}
          <Body r={current} />
        </div>
      ) : (
        <div className="space-y-2">
          <StateResponseBadge status="NO_RESPONSE" />
          <p className="text-slate-800">
            {on ? t("noResponseOn", { date: formatIsoDay(on, locale) }) : t("noResponse")}
          </p>
        </div>
      )}
      {responses.length > 0 && (
        <div className="mt-6">
          <h3 id="responses-all" className="font-semibold">
            {t("allResponses", { count: responses.length })}
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
                  <p className="mt-2 text-sm text-slate-700">{t("shownAbove")}</p>
                ) : (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-semibold text-sky-800">{t("readResponse")}</summary>
                    <div className="mt-2">
                      {r.dateNote && (
                        <p className="mb-2 text-sm text-slate-700">{t("onTheDate", { note: r.dateNote })}</p>
                      )}
                      <Body r={r} />
                    </div>
                  </details>
                )}
                <ResponseTranslations responseId={r.id} on={on} edit={edit} />
                <EvidenceFiles
                  files={files[r.id] ?? []}
                  entry={{ kind: "stateResponse", id: r.id }}
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
        <NewEntryLink kind="response" label={t("recordResponse")} state={edit.editing} anchor="state-response">
          <p className="mt-3 text-sm text-slate-700">{t("newResponseNote")}</p>
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
