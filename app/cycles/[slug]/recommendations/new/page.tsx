import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { getCycle } from "@/lib/cycles/queries";
import { addRecommendationAction } from "@/lib/recommendations/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RecommendationForm } from "@/components/recommendation-form";

export const metadata: Metadata = { title: "Add a recommendation" };

export default async function NewRecommendationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/new`);
  // Hidden from readers, and the action refuses them anyway.
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle, sections, documents } = data;
  const parents = new Map(sections.map((s) => [s.id, s.title]));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: "Add a recommendation" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        Add a recommendation to {cycle.year} {cycle.title}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Use this for recommendation texts that are not in the tracker yet. Type or paste the text exactly as printed,
        and say where it comes from. Every addition is recorded in the audit history under your name.
      </p>
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
