import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { todayIso } from "@/lib/dated";
import { commitReportImportAction } from "@/lib/report-import/actions";
import { importPageData } from "@/lib/report-import/queries";
import { MAX_REPORT_MB } from "@/lib/report-import/preview";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReportImport } from "@/components/report-import/report-import";

export const metadata: Metadata = { title: "Import recommendations from the report text" };

export default async function ImportReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/recommendations/import-report`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const cycle = await importPageData(slug);
  if (!cycle) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: "Import from the report text" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        Import recommendations from the report text into {cycle.year} {cycle.title}
      </h1>
      <div className="mt-3 max-w-prose space-y-2 text-slate-800">
        <p>
          Paste the report&rsquo;s recommendations section, or upload the final report. The tracker finds the sections,
          topics, numbered items and lettered parts, and any answer of the state printed after each item. You then see
          every item and can correct it; nothing is written until you import.
        </p>
        <p>
          Items whose label this cycle already records are skipped, never duplicated. The import is one change in the
          history, and can be reverted as a whole from the cycle&rsquo;s page as long as nobody has built on it.
        </p>
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
