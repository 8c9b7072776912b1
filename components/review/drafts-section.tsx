// On a recommendation's page: the drafts the reader may see, of both kinds (follow-up drafts and progress
// updates; their own for a contributor, the ones awaiting review for an editor), and for a contributor of a
// responsible institution, forms for a new one. Shown to nobody else: drafts are not part of the published record.
import { useTranslations } from "next-intl";
import type { DraftItem } from "@/lib/review/queries";
import type { ProgressItem } from "@/lib/review/progress-queries";
import type { Option } from "@/components/recommendation/options";
import { DraftCard } from "./draft-card";
import { DraftForm } from "./draft-form";
import { ProgressCard } from "./progress-card";
import { ProgressForm } from "./progress-form";

export interface DraftsView {
  drafts: DraftItem[];
  progress: ProgressItem[];
  role: "author" | "reviewer";
  /** Set when the reader may start a draft here (a contributor of a responsible institution). */
  add: { recommendationId: string; institution: string } | null;
  documents: Option[];
  today: string;
}

export function DraftsSection({ v }: { v: DraftsView }) {
  const t = useTranslations("review");
  const none = v.drafts.length === 0 && v.progress.length === 0;
  if (v.role === "reviewer" && none) return null;
  const controls =
    v.role === "author"
      ? { kind: "author" as const, documents: v.documents, today: v.today }
      : { kind: "reviewer" as const };
  return (
    <section aria-labelledby="drafts-heading" className="mt-10 rounded border border-dashed border-slate-400 p-4">
      <h2 id="drafts-heading" className="text-lg font-semibold">
        {v.role === "author" ? t("myDrafts") : t("queueTitle")}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        {v.role === "author" ? t("section.introAuthor") : t("section.introReviewer")}
      </p>
      {!none && (
        <ul className="mt-4 space-y-4">
          {v.progress.map((d) => (
            <li key={d.id}>
              <ProgressCard d={d} controls={controls} />
            </li>
          ))}
          {v.drafts.map((d) => (
            <li key={d.id}>
              <DraftCard d={d} controls={controls} />
            </li>
          ))}
        </ul>
      )}
      {v.add && (
        <>
          <details className="no-print mt-4" open={none}>
            <summary className="cursor-pointer font-medium text-sky-800 underline">
              {t("section.writeDraftFor", { institution: v.add.institution })}
            </summary>
            <DraftForm mode="add" recommendationId={v.add.recommendationId} documents={v.documents} today={v.today} />
          </details>
          <details className="no-print mt-4">
            <summary className="cursor-pointer font-medium text-sky-800 underline">
              {t("section.writeProgressFor", { institution: v.add.institution })}
            </summary>
            <ProgressForm
              mode="add"
              recommendationId={v.add.recommendationId}
              documents={v.documents}
              today={v.today}
            />
          </details>
        </>
      )}
    </section>
  );
}
