import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { myWork, type RecommendationRef } from "@/lib/owners/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DateText } from "@/components/date-text";
import { DeadlineList } from "@/components/deadlines/deadline-list";
import { SavedViewList } from "@/components/saved-views/saved-views-panel";
import { myViews } from "@/lib/saved-views/queries";
import { WidePage } from "@/components/page-width";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myWork");
  return { title: t("metaTitle") };
}

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
  const t = useTranslations("myWork");
  if (items.length === 0) return <p className="mt-2 text-slate-700">{empty}</p>;
  return (
    <ul className="mt-3 list-disc space-y-1 pl-6">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={`/recommendations/${r.id}`}>
            {t("recommendation", { year: r.year, cycle: r.cycleTitle, label: r.label })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// One person's work in one place: what they own, what their institution is assigned, drafts awaiting their
// review, what of it is overdue, and where they were mentioned. Each section only for those it concerns.
export default async function MyWorkPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("myWork")]);
  if (!user) redirect("/sign-in?next=%2Fmy-work");
  const [w, views] = await Promise.all([myWork(user), myViews(user.id)]);
  return (
    <WidePage>
      <Breadcrumbs items={[{ label: t("cycles"), href: "/" }, { label: t("metaTitle") }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("metaTitle")}</h1>
      <Section id="overdue" title={t("overdue")}>
        <DeadlineList items={w.overdue} empty={t("overdueEmpty")} />
        {w.review && (
          <p className="mt-2 text-sm">
            <Link href="/deadlines?view=overdue">{t("allOverdue")}</Link> ·{" "}
            <Link href="/deadlines?view=upcoming">{t("allUpcoming")}</Link>
          </p>
        )}
      </Section>
      <Section id="owned" title={t("owned")}>
        <Recommendations items={w.mine} empty={t("ownedEmpty")} />
      </Section>
      {w.institution && (
        <Section
          id="institution"
          title={w.institution.name ? t("institution", { institution: w.institution.name }) : t("institutionUnnamed")}
        >
          <Recommendations items={w.institution.recommendations} empty={t("institutionEmpty")} />
        </Section>
      )}
      {w.review && (
        <Section id="review" title={t("review")}>
          {w.review.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("reviewEmpty")}</p>
          ) : (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {w.review.map((d) => (
                <li key={d.id}>
                  <Link href={`/recommendations/${d.recommendation.id}`}>
                    {t("reviewLink", { year: d.recommendation.cycle.year, label: d.recommendation.label })}
                  </Link>{" "}
                  {t.rich(d.submittedAt ? "reviewBySubmitted" : "reviewBy", {
                    // lib/owners names the kind in English words: the catalogue's words replace them.
                    kind: d.kind === "Progress update" ? t("kindProgress") : t("kindFollowUp"),
                    author: d.author?.name ?? t("formerUser"),
                    institution: d.institution.name,
                    date: () => <DateText date={d.submittedAt} />,
                  })}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">
            <Link href="/review">{t("openQueue")}</Link>
          </p>
        </Section>
      )}
      <Section id="my-views" title={t("views")}>
        {views.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("viewsEmpty")}</p>
        ) : (
          <SavedViewList views={views} showPage />
        )}
      </Section>
      <Section id="mentions" title={t("mentions")}>
        {w.mentions.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("mentionsEmpty")}</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {w.mentions.map((m) => (
              <li key={m.id}>
                {m.recommendation ? <Link href={`/recommendations/${m.recommendation.id}`}>{m.text}</Link> : m.text}{" "}
                <span className="text-sm text-slate-700">
                  {t.rich(m.readAt ? "mentionWhen" : "mentionWhenUnread", {
                    date: () => <DateText date={m.createdAt} />,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </WidePage>
  );
}
