import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { getCycle } from "@/lib/cycles/queries";
import { addRecommendationAction } from "@/lib/recommendations/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RecommendationForm } from "@/components/recommendation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("newRecommendation.title") };
}

export default async function NewRecommendationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/new`);
  // Hidden from readers, and the action refuses them anyway.
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle, sections, documents } = data;
  const parents = new Map(sections.map((s) => [s.id, s.title]));
  const t = await getTranslations("cycles");
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("crumb"), href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: t("newRecommendation.title") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {t("newRecommendation.heading", { cycle: `${cycle.year} ${cycle.title}` })}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("newRecommendation.intro")}</p>
      <div className="mt-6">
        <RecommendationForm
          action={addRecommendationAction}
          cycleId={cycle.id}
          sections={sections.map((s) => ({
            id: s.id,
            title: s.parentId ? `${parents.get(s.parentId)} › ${s.title}` : s.title,
          }))}
          documents={documents.map((d) => ({ id: d.id, title: d.title }))}
        />
      </div>
    </>
  );
}
