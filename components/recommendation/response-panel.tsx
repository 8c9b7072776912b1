// The state's response (self-assessment), quoted verbatim, with its source.
import type { ReactNode } from "react";
import type { StateResponseStatus } from "@/lib/vocab";
import { DateText } from "@/components/date-text";
import { StateResponseBadge } from "@/components/status-badge";
import { Citation } from "./citation";
import { LensPanel } from "./lens-panel";

export interface ResponseView {
  status: StateResponseStatus;
  text: string | null;
  statusSentence: string | null;
  respondedOn: Date | null;
  location: string | null;
  sourceUrl?: string | null;
  document: { slug: string; title: string } | null;
}

export function ResponsePanel({ response, children }: { response: ResponseView | null; children?: ReactNode }) {
  const paragraphs = (response?.text ?? "").split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return (
    <LensPanel id="state-response" title="State's response" subtitle="The authorities' own account (self-assessment), quoted verbatim.">
      {!response || response.status === "NO_RESPONSE" ? (
        <StateResponseBadge status="NO_RESPONSE" />
      ) : (
        <div className="space-y-4">
          <StateResponseBadge status={response.status} />
          {paragraphs.length > 0 && (
            <div className="max-w-prose space-y-3 font-serif leading-relaxed whitespace-pre-wrap text-slate-900">
              {paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          )}
          {response.statusSentence && (
            <p className="text-sm">
              <span className="font-medium text-slate-700">Closing status sentence: </span>
              <q className="font-serif">{response.statusSentence}</q>
            </p>
          )}
          <div className="flex flex-wrap items-baseline gap-x-2">
            <Citation document={response.document} location={response.location} url={response.sourceUrl} />
            {response.respondedOn && (
              <p className="text-sm text-slate-700">
                (<DateText date={response.respondedOn} />)
              </p>
            )}
          </div>
        </div>
      )}
      {children}
    </LensPanel>
  );
}
