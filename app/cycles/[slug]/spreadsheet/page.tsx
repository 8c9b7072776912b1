import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { importSheetAction } from "@/lib/sheet-import/actions";
import { MAX_SHEET_BYTES } from "@/lib/sheet-import/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SheetImportForm } from "@/components/sheet-import-form";

export const metadata: Metadata = { title: "Import changes from a spreadsheet" };

export default async function SpreadsheetImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/spreadsheet`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle } = data;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: "Import changes from a spreadsheet" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        Import changes from a spreadsheet into {cycle.year} {cycle.title}
      </h1>
      <div className="mt-3 max-w-prose space-y-2 text-slate-800">
        <p>
          Start from a download of this cycle&rsquo;s report as <a href={`/api/reports/${cycle.slug}/csv`}>CSV</a> or{" "}
          <a href={`/api/reports/${cycle.slug}/xlsx`}>Excel</a> (as currently recorded), edit it, and bring it back
          here. Rows are matched by their <em>Record id</em>.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            A changed <em>State response</em>, <em>Status sentence</em> or <em>Response text</em>, with the date of the
            new answer in <em>Response date from</em> and <em>to</em>, adds a new answer to the state&rsquo;s responses.
          </li>
          <li>
            A changed <em>Independent assessment</em>, <em>Assessor</em> or <em>Rationale</em>, with its date, adds a
            new assessment.
          </li>
          <li>
            A filled <em>New follow-up</em> with its <em>New follow-up date</em> adds a follow-up entry.
          </li>
          <li>
            Everything else is read only. Corrections and withdrawals are made on each recommendation&rsquo;s page.
          </li>
        </ul>
        <p>
          The check is a dry run: nothing is written. It lists every problem by row, and every row that was changed in
          the tracker after your export (a conflict: it is never overwritten). Changes can be applied once no problem
          remains; they are written together, each recorded in the audit history with the file and its row. Every column
          is described in <code>docs/spreadsheet-template.md</code>, shipped with the tracker.
        </p>
        <p>
          A new cycle starts with its recommendation texts: fill in the{" "}
          <a href="/api/templates/recommendation-texts">blank template (CSV)</a> and{" "}
          <Link href={`/cycles/${cycle.slug}/recommendations/import`}>import the texts</Link>; then download the
          cycle&rsquo;s spreadsheet to record responses, assessments and follow-up.
        </p>
      </div>
      <div className="mt-6">
        <SheetImportForm action={importSheetAction} cycleId={cycle.id} maxKb={MAX_SHEET_BYTES / 1000} />
      </div>
    </>
  );
}
