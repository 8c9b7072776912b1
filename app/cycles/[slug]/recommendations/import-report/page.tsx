import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { todayIso } from "@/lib/dated";
import { commitReportImportAction } from "@/lib/report-import/actions";
import { importPageData } from "@/lib/report-import/queries";
import { MAX_REPORT_MB } from "@/lib/report-import/preview";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReportImport } from "@/components/report-import/report-import";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportImport");
  return { title: t("title") };
}

export default async function ImportReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/import-report`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const cycle = await importPageData(slug);
  if (!cycle) notFound();
  const t = await getTranslations("reportImport");
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
        <p>{t("intro")}</p>
        <p>{t("skipped")}</p>
      </div>
      <div className="mt-6">
        <ReportImport
          cycleId={cycle.id}
          documents={cycle.documents.map((d) => ({ id: d.id, title: d.title }))}
          labels={cycle.labels}
          today={todayIso()}
          maxMb={MAX_REPORT_MB}
          commit={commitReportImportAction}
        />
      </div>
    </>
  );
}
