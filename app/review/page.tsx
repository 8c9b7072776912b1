import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { canReview, isContributor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { institutionRecommendations, myDrafts, reviewQueue, type DraftItem } from "@/lib/review/queries";
import { myProgressDrafts, progressQueue, type ProgressItem } from "@/lib/review/progress-queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DraftCard, type DraftControls } from "@/components/review/draft-card";
import { ProgressCard } from "@/components/review/progress-card";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("metaTitle") };
}

// Editors: the queue of submitted drafts of both kinds (follow-up drafts and progress updates). Contributors: their
// drafts of both kinds and their institution's recommendations.
type Item = { kind: "follow-up"; d: DraftItem } | { kind: "progress"; d: ProgressItem };

/** Both kinds in one list, in `order` (oldest submission first for the queue, latest change first for authors). */
function merge(drafts: DraftItem[], progress: ProgressItem[], order: (i: Item) => number): Item[] {
  const items: Item[] = [
    ...drafts.map((d) => ({ kind: "follow-up" as const, d })),
    ...progress.map((d) => ({ kind: "progress" as const, d })),
  ];
  return items.sort((a, b) => order(a) - order(b));
}

function Card({ i, controls }: { i: Item; controls: DraftControls }) {
  return i.kind === "progress" ? (
    <ProgressCard d={i.d} controls={controls} showRecommendation />
  ) : (
    <DraftCard d={i.d} controls={controls} showRecommendation />
  );
}

export default async function ReviewPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("review")]);
  if (!user) redirect("/sign-in?next=%2Freview");
  if (canReview(user)) {
    const [drafts, progress] = await Promise.all([reviewQueue(), progressQueue()]);
    const queue = merge(drafts, progress, (i) => i.d.submittedAt?.getTime() ?? 0);
    return (
      <>
        <Breadcrumbs items={[{ label: t("cycles"), href: "/" }, { label: t("metaTitle") }]} />
        <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("queueTitle")}</h1>
        <p className="mt-2 max-w-prose text-slate-700">{t("queueIntro")}</p>
        {queue.length === 0 ? (
          <p className="mt-6 text-slate-700">{t("queueEmpty")}</p>
        ) : (
          <ul className="mt-6 space-y-4">
            {queue.map((i) => (
              <li key={i.d.id}>
                <Card i={i} controls={{ kind: "reviewer" }} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (!isContributor(user)) notFound();
  const [own, ownProgress, mine] = await Promise.all([
    myDrafts(user),
    myProgressDrafts(user),
    institutionRecommendations(user.institutionId),
  ]);
  const drafts = merge(own, ownProgress, (i) => -i.d.updatedAt.getTime());
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: t("cycles"), href: "/" }, { label: t("mineTitle") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("mineTitle")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {mine.institution ? t("mineIntro", { institution: mine.institution }) : t("mineIntroNoInstitution")}
      </p>
      <section aria-labelledby="my-drafts" className="mt-8">
        <h2 id="my-drafts" className="text-lg font-semibold">
          {t("myDrafts")}
        </h2>
        {drafts.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("myDraftsEmpty")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {drafts.map((i) => (
              <li key={i.d.id}>
                <Card i={i} controls={{ kind: "none" }} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="assigned" className="mt-10">
        <h2 id="assigned" className="text-lg font-semibold">
          {mine.institution ? t("assignedTitle", { institution: mine.institution }) : t("assignedTitleNoInstitution")}
        </h2>
        {mine.recommendations.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("assignedEmpty")}</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {mine.recommendations.map((r) => (
              <li key={r.id}>
                <Link href={`/recommendations/${r.id}`}>
                  {t("assignedItem", { year: r.cycle.year, cycle: r.cycle.title, label: r.label })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </WidePage>
  );
}
