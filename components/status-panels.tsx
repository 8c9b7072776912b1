// The two lenses on a recommendation's status, as two separate panels:
// the state's own response, and the independent assessment.
import Link from "next/link";
import type { StateResponseStatus } from "@/lib/vocab";
import { AssessmentBadge, StateResponseBadge } from "./status-badge";
import { DateText } from "./date-text";

export interface StateResponseData {
  status: StateResponseStatus;
  text: string | null;
  statusSentence: string | null;
  respondedOn: Date | null;
  location: string | null;
  sourceUrl: string | null;
  document: { slug: string; title: string; issuer: string } | null;
}

function Panel({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{subtitle}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function StateResponsePanel({ response }: { response: StateResponseData | null }) {
  const paragraphs = (response?.text ?? "").split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return (
    <Panel id="state-response" title="State's response" subtitle="The authorities' own account (self-assessment), quoted verbatim.">
      {!response || response.status === "NO_RESPONSE" ? (
        <StateResponseBadge status="NO_RESPONSE" />
      ) : (
        <div className="space-y-4">
          <StateResponseBadge status={response.status} />
          {paragraphs.length > 0 && (
            <div className="max-w-prose space-y-3 font-serif leading-relaxed text-slate-900">
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
          <p className="text-sm text-slate-700">
            Source:{" "}
            {response.document ? <Link href={`/documents/${response.document.slug}`}>{response.document.title}</Link> : "not recorded"}
            {response.location && `, ${response.location}`}
            {response.respondedOn && (
              <>
                {" "}
                (<DateText date={response.respondedOn} />)
              </>
            )}
            {response.sourceUrl && (
              <>
                {" · "}
                <a href={response.sourceUrl}>online copy</a>
              </>
            )}
          </p>
        </div>
      )}
    </Panel>
  );
}

export function AssessmentPanel() {
  return (
    <Panel id="assessment" title="Independent assessment" subtitle="On ODIHR's follow-up scale, by an independent assessor.">
      <div className="space-y-2">
        <AssessmentBadge status="NOT_YET_ASSESSED" />
        <p className="text-slate-800">Not yet assessed — no independent assessment has been recorded for this recommendation.</p>
      </div>
    </Panel>
  );
}
