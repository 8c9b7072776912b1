import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { canEdit } from "@/lib/auth/policy";
import { requireReader } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { importSheetAction } from "@/lib/sheet-import/actions";
import { ASSESSMENT_COLUMNS, FOLLOW_UP_COLUMNS, ID_COLUMN, RESPONSE_COLUMNS } from "@/lib/sheet-import/plan-entries";
import { MAX_SHEET_BYTES } from "@/lib/sheet-import/schema";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SheetImportForm } from "@/components/sheet-import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("spreadsheet");
  return { title: t("title") };
}

// The column names are the file's own headers, read by the import (lib/sheet-import): placeholders, never
// translated in the catalogues. The downloads name English (`lang=en`): that is the file the import reads, whatever
// the reader's language (docs/spreadsheet-template.md).
const COLUMNS = {
  recordId: ID_COLUMN,
  responseStatus: RESPONSE_COLUMNS.status,
  statusSentence: RESPONSE_COLUMNS.statusSentence,
  responseText: RESPONSE_COLUMNS.text,
  responseFrom: RESPONSE_COLUMNS.from,
  responseTo: RESPONSE_COLUMNS.to,
  assessment: ASSESSMENT_COLUMNS.status,
  assessor: ASSESSMENT_COLUMNS.assessor,
  rationale: ASSESSMENT_COLUMNS.rationale,
  followUp: FOLLOW_UP_COLUMNS.text,
  followUpDate: FOLLOW_UP_COLUMNS.date,
};

export default async function SpreadsheetImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireReader(`/cycles/${encodeURIComponent(slug)}/spreadsheet`);
  if (!canEdit(user) || slug.length > 100) notFound();
  const data = await getCycle(slug, {});
  if (!data) notFound();
  const { cycle } = data;
  const t = await getTranslations("spreadsheet");
  const em = (c: ReactNode) => <em>{c}</em>;
  const rich = { ...COLUMNS, em };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("cycles"), href: "/" },
          { label: `${cycle.year} ${cycle.title}`, href: `/cycles/${cycle.slug}` },
          { label: t("title") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        {t("heading", { cycle: `${cycle.year} ${cycle.title}` })}
      </h1>
      <div className="mt-3 max-w-prose space-y-2 text-slate-800">
        <p>
          {t.rich("start", {
            ...rich,
            csv: (c) => <a href={`/api/reports/${cycle.slug}/csv?lang=en`}>{c}</a>,
            xlsx: (c) => <a href={`/api/reports/${cycle.slug}/xlsx?lang=en`}>{c}</a>,
          })}
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("ruleResponse", rich)}</li>
          <li>{t.rich("ruleAssessment", rich)}</li>
          <li>{t.rich("ruleFollowUp", rich)}</li>
          <li>{t("ruleReadOnly")}</li>
        </ul>
        <p>{t.rich("dryRun", { code: (c) => <code>{c}</code> })}</p>
        <p>
          {t.rich("newCycle", {
            template: (c) => <a href="/api/templates/recommendation-texts">{c}</a>,
            texts: (c) => <Link href={`/cycles/${cycle.slug}/recommendations/import`}>{c}</Link>,
          })}
        </p>
      </div>
      <div className="mt-6">
        <SheetImportForm action={importSheetAction} cycleId={cycle.id} maxKb={MAX_SHEET_BYTES / 1000} />
      </div>
    </>
  );
}
