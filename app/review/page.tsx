import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { canReview, isContributor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { institutionRecommendations, myDrafts, reviewQueue } from "@/lib/review/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DraftCard } from "@/components/review/draft-card";

export const metadata: Metadata = { title: "Review" };

// Editors: the queue of submitted drafts. Contributors: their drafts and their institution's recommendations.
export default async function ReviewPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Freview");
  if (canReview(user)) {
    const queue = await reviewQueue();
    return (
      <>
        <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Review" }]} />
        <h1 className="mt-4 text-2xl font-semibold tracking-tight">Drafts awaiting review</h1>
        <p className="mt-2 max-w-prose text-slate-700">
          Follow-up entries submitted by institutions&apos; focal points, oldest first. Publish one to make it a
          follow-up entry every reader sees, or return it to its author with a comment. Each step is recorded in the
          recommendation&apos;s history.
        </p>
        {queue.length === 0 ? (
          <p className="mt-6 text-slate-700">No draft is awaiting review.</p>
        ) : (
          <ul className="mt-6 space-y-4">
            {queue.map((d) => (
              <li key={d.id}>
                <DraftCard d={d} controls={{ kind: "reviewer" }} showRecommendation />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  if (!isContributor(user)) notFound();
  const [drafts, mine] = await Promise.all([myDrafts(user), institutionRecommendations(user.institutionId)]);
  return (
    <>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "Your follow-up" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Your follow-up</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        As focal point of {mine.institution ?? "your institution"}, you write follow-up drafts on the recommendations
        assigned to it. Only you see a draft until you submit it; an editor then publishes it or returns it to you with
        a comment.
      </p>
      <section aria-labelledby="my-drafts" className="mt-8">
        <h2 id="my-drafts" className="text-lg font-semibold">
          Your drafts
        </h2>
        {drafts.length === 0 ? (
          <p className="mt-2 text-slate-700">You have no draft in progress or in review.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {drafts.map((d) => (
              <li key={d.id}>
                <DraftCard d={d} controls={{ kind: "none" }} showRecommendation />
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
    </>
  );
}
