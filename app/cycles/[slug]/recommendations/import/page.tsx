import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { importRecommendationsAction } from "@/lib/recommendations/actions";
import { IMPORT_COLUMNS } from "@/lib/recommendations/import";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ImportForm } from "@/components/import-form";

export const metadata: Metadata = { title: "Import recommendation texts" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/import`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle, sections } = data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: "Import texts" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        Import recommendation texts into {cycle.year} {cycle.title}
      </h1>
      <div className="mt-3 max-w-prose space-y-2 text-slate-800">
        <p>
          A CSV file (UTF-8, comma-separated) whose first line names these columns:{" "}
          <code>{IMPORT_COLUMNS.join(", ")}</code>. One line per recommendation; texts word for word as printed;{" "}
          <code>provenance</code> says where each text comes from.
        </p>
        <p>
          <code>section</code> is one of this cycle&rsquo;s section keys (
          {sections.map((s) => s.key).join(", ") || "none defined"}) or empty; <code>priority</code> is Priority, Other
          or empty; <code>text_verified</code> is yes when the text was checked against the final report.
        </p>
        <p>
          Every line is checked first. If any line has a problem, nothing is imported and each problem is listed. Each
          imported text is recorded in the audit history under your name.
        </p>
      </div>
      <div className="mt-6">
        <ImportForm action={importRecommendationsAction} cycleId={cycle.id} />
      </div>
    </>
  );
}
