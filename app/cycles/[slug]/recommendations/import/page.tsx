import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { importRecommendationsAction } from "@/lib/recommendations/actions";
import { IMPORT_COLUMNS } from "@/lib/recommendations/import";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ImportForm } from "@/components/import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

const code = (c: ReactNode) => <code>{c}</code>;

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/import`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle, sections } = data;
  const t = await getTranslations("imports");
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("cycles"), href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: t("crumb") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {t("heading", { cycle: `${cycle.year} ${cycle.title}` })}
      </h1>
      <div className="mt-3 max-w-prose space-y-2 text-slate-800">
        <p>{t.rich("columns", { columns: IMPORT_COLUMNS.join(", "), code })}</p>
        <p>{t.rich("values", { keys: sections.map((s) => s.key).join(", ") || t("noSections"), code })}</p>
        <p>{t("checked")}</p>
      </div>
      <div className="mt-6">
        <ImportForm action={importRecommendationsAction} cycleId={cycle.id} />
      </div>
    </>
  );
}
