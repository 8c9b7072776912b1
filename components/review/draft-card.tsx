// One follow-up draft in review: its state in words, what it says, who wrote it for which institution, the
// editor's last comment, and the steps the reader may take (chosen by the page from lib/auth/policy.ts).
import { useTranslations } from "next-intl";
import type { DraftItem } from "@/lib/review/queries";
import { datedToForm } from "@/lib/dated";
import { DateText } from "@/components/date-text";
import { DatedText } from "@/components/dated-text";
import { Citation } from "@/components/recommendation/citation";
import { dayValue, type Option } from "@/components/recommendation/options";
import { DraftForm } from "./draft-form";
import { DraftFrame } from "./draft-frame";
import { ReviewDraftForms, SubmitDraftForm } from "./draft-steps";

export type DraftControls =
  { kind: "none" } | { kind: "author"; documents: Option[]; today: string } | { kind: "reviewer" };

export function DraftCard({
  d,
  controls,
  showRecommendation = false,
}: {
  d: DraftItem;
  controls: DraftControls;
  showRecommendation?: boolean;
}) {
  const t = useTranslations("review");
  const editable = controls.kind === "author" && (d.publication === "DRAFT" || d.publication === "RETURNED");
  return (
    <DraftFrame d={d} kind={t("kindFollowUp")} showRecommendation={showRecommendation}>
      <p className="mt-2 font-medium">
        <DatedText dated={d} withNote />
      </p>
      <p className="mt-1 max-w-prose whitespace-pre-wrap">{d.actionTaken}</p>
      {(d.evidenceDocument || d.evidenceLocation || d.evidenceUrl) && (
        <Citation
          label={t("evidence")}
          document={d.evidenceDocument}
          location={d.evidenceLocation}
          url={d.evidenceUrl}
        />
      )}
      {(d.nextStep || d.targetDate) && (
        <p className="mt-1 text-sm">
          <span className="font-medium text-slate-700">{t("nextStepLabel")} </span>
          {d.nextStep && <span className="whitespace-pre-wrap">{d.nextStep}</span>}
          {d.targetDate && (
            <span className="text-slate-700">
              {d.nextStep && " "}
              {t.rich("targetDateNote", { date: () => <DateText date={d.targetDate} /> })}
            </span>
          )}
        </p>
      )}
      <div className="no-print mt-3">
        {editable && (
          <>
            <SubmitDraftForm draft={{ id: d.id, version: d.version }} again={d.publication === "RETURNED"} />
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-sky-800 underline">
                {t("changeDraft")}
              </summary>
              <DraftForm
                mode="edit"
                documents={controls.documents}
                today={controls.today}
                stored={{
                  id: d.id,
                  version: d.version,
                  ...datedToForm(d),
                  actionTaken: d.actionTaken,
                  evidenceDocumentId: d.evidenceDocumentId ?? "",
                  evidenceLocation: d.evidenceLocation ?? "",
                  evidenceUrl: d.evidenceUrl ?? "",
                  nextStep: d.nextStep ?? "",
                  targetDate: dayValue(d.targetDate),
                }}
              />
            </details>
          </>
        )}
        {controls.kind === "author" && d.publication === "SUBMITTED" && (
          <p className="text-sm text-slate-700">{t("awaitingReview")}</p>
        )}
        {controls.kind === "reviewer" && d.publication === "SUBMITTED" && (
          <ReviewDraftForms draft={{ id: d.id, version: d.version }} author={d.author?.name ?? null} />
        )}
      </div>
    </DraftFrame>
  );
}
