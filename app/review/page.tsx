import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { canReview, isContributor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { institutionRecommendations, myDrafts, reviewQueue, type DraftItem } from "@/lib/review/queries";
import { myProgressDrafts, progressQueue, type ProgressItem } from "@/lib/review/progress-queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DraftCard, type DraftControls } from "@/components/review/draft-card";
import { ProgressCard } from "@/components/review/progress-card";
import { WidePage } from "@/components/page-width";

export const metadata: Metadata = { title: "Review" };

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
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Freview");
  if (canReview(user)) {
    const [drafts, progress] = await Promise.all([reviewQueue(), progressQueue()]);
    const queue = merge(drafts, progress, (i) => i.d.submittedAt?.getTime() ?? 0);
    return (
      <>
        <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Review" }]} />
        <h1 className="mt-4 text-2xl font-semibold tracking-tight">Drafts awaiting review</h1>
        <p className="mt-2 max-w-prose text-slate-700">
          Follow-up drafts and progress updates submitted by institutions&apos; focal points, oldest first. Publish one
          to make it a follow-up entry (or, for a progress update, the state&apos;s response) that every reader sees, or
          return it to its author with a comment. Each step is recorded in the recommendation&apos;s history.
        </p>
        {queue.length === 0 ? (
          <p className="mt-6 text-slate-700">No draft is awaiting review.</p>
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
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Your follow-up" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Your follow-up</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        As focal point of {mine.institution ?? "your institution"}, you write follow-up drafts on the recommendations
        assigned to it, and progress updates: where a recommendation stands, in the state&apos;s words. Only you see a
        draft until you submit it; an editor then publishes it or returns it to you with a comment.
      </p>
      <section aria-labelledby="my-drafts" className="mt-8">
        <h2 id="my-drafts" className="text-lg font-semibold">
          Your drafts
        </h2>
        {drafts.length === 0 ? (
          <p className="mt-2 text-slate-700">You have no draft in progress or in review.</p>
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
          Recommendations assigned to {mine.institution ?? "your institution"}
        </h2>
        {mine.recommendations.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet: an editor assigns recommendations to institutions.</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {mine.recommendations.map((r) => (
              <li key={r.id}>
                <Link href={`/recommendations/${r.id}`}>
                  {r.cycle.year} · {r.cycle.title} · recommendation {r.label}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </WidePage>
  );
}
