// What every draft card shows, whatever its kind: the kind and its review state in words, the recommendation
// (in the review queue), who wrote it for which institution, and the reviewer's last comment.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Publication } from "@/lib/vocab";
import { formatDateTime } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";

export interface DraftHead {
  publication: Publication;
  author: { name: string } | null;
  institution: { name: string };
  submittedAt: Date | null;
  reviewComment: string | null;
  recommendation: { id: string; label: string; cycle: { year: number } };
}

const BADGE: Record<Publication, string> = {
  DRAFT: "bg-slate-100 text-slate-900 ring-slate-500",
  SUBMITTED: "bg-sky-50 text-sky-950 ring-sky-700",
  RETURNED: "bg-amber-50 text-amber-950 ring-amber-700",
  PUBLISHED: "bg-emerald-50 text-emerald-950 ring-emerald-700",
};

export function DraftFrame({
  d,
  kind,
  showRecommendation,
  children,
}: {
  d: DraftHead;
  /** The kind in words: "Follow-up draft", "Progress update". */
  kind: string;
  showRecommendation: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("review");
  const locale = useLocale();
  const publication = t(`publication.${d.publication}`);
  const by = { author: d.author?.name ?? t("formerUser"), institution: d.institution.name };
  return (
    <article className="rounded border border-slate-300 p-4" aria-label={t("cardLabel", { kind, publication })}>
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="text-sm font-semibold text-slate-900">{kind}</span>
        <span className={`rounded-sm px-1.5 text-xs font-semibold ring-1 ring-inset ${BADGE[d.publication]}`}>
          {publication}
        </span>
        {showRecommendation && (
          <Link href={`/recommendations/${d.recommendation.id}`} className="font-medium">
            {t("recommendationLink", { year: d.recommendation.cycle.year, label: d.recommendation.label })}
          </Link>
        )}
        <span className="text-sm text-slate-700">
          {d.submittedAt
            ? t("byLineSubmitted", { ...by, when: formatDateTime(d.submittedAt, asLocale(locale)) })
            : t("byLine", by)}
        </span>
      </p>
      {d.reviewComment && d.publication !== "SUBMITTED" && (
        <p className="mt-2 max-w-prose rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">{t("reviewerComment")} </span>
          <span className="whitespace-pre-wrap">{d.reviewComment}</span>
        </p>
      )}
      {d.reviewComment && d.publication === "SUBMITTED" && (
        <p className="mt-2 text-sm text-slate-700">
          {t("resubmitted")} <q className="whitespace-pre-wrap">{d.reviewComment}</q>
        </p>
      )}
      {children}
    </article>
  );
}
