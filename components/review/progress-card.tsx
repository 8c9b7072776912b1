// One progress update in review: the state's status in its vocabulary, what the update says and its source, and
// the steps the reader may take (chosen by the page from lib/auth/policy.ts, decided again by the server).
import { useTranslations } from "next-intl";
import type { ProgressItem } from "@/lib/review/progress-queries";
import { datedToForm } from "@/lib/dated";
import { DatedText } from "@/components/dated-text";
import { StateResponseBadge } from "@/components/status-badge";
import { Citation } from "@/components/recommendation/citation";
import type { DraftControls } from "./draft-card";
import { DraftFrame } from "./draft-frame";
import { ProgressForm } from "./progress-form";
import { ReviewDraftForms, SubmitDraftForm } from "./draft-steps";

export function ProgressCard({
  d,
  controls,
  showRecommendation = false,
}: {
  d: ProgressItem;
  controls: DraftControls;
  showRecommendation?: boolean;
}) {
  const t = useTranslations("review");
  const editable = controls.kind === "author" && (d.publication === "DRAFT" || d.publication === "RETURNED");
  const target = { id: d.id, version: d.version };
  return (
    <DraftFrame d={d} kind={t("kindProgress")} showRecommendation={showRecommendation}>
      <p className="mt-2 flex flex-wrap items-baseline gap-2 font-medium">
        <span className="text-sm text-slate-700">{t("stateResponse")}</span>
        <StateResponseBadge status={d.status} />
        <DatedText dated={d} withNote />
      </p>
      {d.text && <p className="mt-1 max-w-prose whitespace-pre-wrap">{d.text}</p>}
      {d.statusSentence && <p className="mt-1 max-w-prose text-sm italic">{d.statusSentence}</p>}
      {(d.document || d.location || d.sourceUrl) && (
        <Citation label={t("source")} document={d.document} location={d.location} url={d.sourceUrl} />
      )}
      <div className="no-print mt-3">
        {editable && (
          <>
            <SubmitDraftForm draft={target} again={d.publication === "RETURNED"} kind="progress" />
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-sky-800 underline">
                {t("changeProgress")}
              </summary>
              <ProgressForm
                mode="edit"
                documents={controls.documents}
                today={controls.today}
                stored={{
                  id: d.id,
                  version: d.version,
                  ...datedToForm(d),
                  status: d.status,
                  text: d.text,
                  statusSentence: d.statusSentence,
                  documentId: d.documentId,
                  location: d.location,
                  sourceUrl: d.sourceUrl,
                }}
              />
            </details>
          </>
        )}
        {controls.kind === "author" && d.publication === "SUBMITTED" && (
          <p className="text-sm text-slate-700">{t("awaitingReview")}</p>
        )}
        {controls.kind === "reviewer" && d.publication === "SUBMITTED" && (
          <ReviewDraftForms draft={target} author={d.author?.name ?? null} kind="progress" />
        )}
      </div>
    </DraftFrame>
  );
}
