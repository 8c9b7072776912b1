import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { myWork, type RecommendationRef } from "@/lib/owners/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DateText } from "@/components/date-text";
import { DeadlineList } from "@/components/deadlines/deadline-list";
import { SavedViewList } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import { WidePage } from "@/components/page-width";

export const metadata: Metadata = { title: "My work" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Recommendations({ items, empty }: { items: RecommendationRef[]; empty: string }) {
  if (items.length === 0) return <p className="mt-2 text-slate-700">{empty}</p>;
  return (
    <ul className="mt-3 list-disc space-y-1 pl-6">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/recommendations/${r.id}`}>
            {r.year} · {r.cycleTitle} · recommendation {r.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// One person's work in one place: what they own, what their institution is assigned, drafts awaiting their
// review, what of it is overdue, and where they were mentioned. Each section only for those it concerns.
export default async function MyWorkPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Fmy-work");
  const [w, views] = await Promise.all([myWork(user), myViews(user.id)]);
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: "Cycles", href: "/" }, { label: "My work" }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">My work</h1>
      <Section id="overdue" title="Overdue">
        <DeadlineList items={w.overdue} empty="Nothing you own or your institution is assigned is overdue." />
        {w.review && (
          <p className="mt-2 text-sm">
            <Link href="/deadlines?view=overdue">All overdue</Link> ·{" "}
            <Link href="/deadlines?view=upcoming">All upcoming</Link>
          </p>
        )}
      </Section>
      <Section id="owned" title="Assigned to me">
        <Recommendations items={w.mine} empty="You own no recommendation." />
      </Section>
      {w.institution && (
        <Section id="institution" title={`Assigned to ${w.institution.name ?? "my institution"}`}>
          <Recommendations items={w.institution.recommendations} empty="No recommendation is assigned yet." />
        </Section>
      )}
      {w.review && (
        <Section id="review" title="Awaiting my review">
          {w.review.length === 0 ? (
            <p className="mt-2 text-slate-700">No draft is awaiting review.</p>
          ) : (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {w.review.map((d) => (
                <li key={d.id}>
                  <Link href={`/recommendations/${d.recommendation.id}`}>
                    {d.recommendation.cycle.year} · recommendation {d.recommendation.label}
                  </Link>{" "}
                  — {d.kind} by {d.author?.name ?? "a former user"} ({d.institution.name})
                  {d.submittedAt && (
                    <>
                      , submitted <DateText date={d.submittedAt} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">
            <Link href="/review">Open the review queue</Link>
          </p>
        </Section>
      )}
      <Section id="my-views" title="My views">
        {views.length === 0 ? (
          <p className="mt-2 text-slate-700">
            No saved view yet: filter a search, a cycle&apos;s list, a dashboard or the deadlines, then &ldquo;Save this
            view&rdquo;.
          </p>
        ) : (
          <SavedViewList views={views} showPage />
        )}
      </Section>
      <Section id="mentions" title="Mentioned">
        {w.mentions.length === 0 ? (
          <p className="mt-2 text-slate-700">Nobody has mentioned you.</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {w.mentions.map((m) => (
              <li key={m.id}>
                {m.recommendation ? <Link href={`/recommendations/${m.recommendation.id}`}>{m.text}</Link> : m.text}{" "}
                <span className="text-sm text-slate-700">
                  (<DateText date={m.createdAt} />
                  {m.readAt ? "" : ", unread"})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </WidePage>
  );
}
