import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireEditor } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { dateInputValue } from "@/components/admin/form-helpers";
import { EditCycleForm } from "@/components/admin/edit-details-forms";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (slug.length > 100 ? null : getCycle(slug, {})));

async function resolve({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/cycles/${encodeURIComponent(slug)}/edit`);
  const detail = await load(slug);
  if (!detail) notFound();
  return detail.cycle;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const cycle = await resolve(props);
  return { title: `Edit cycle details (${cycle.year})` };
}

export default async function EditCyclePage(props: Props) {
  const cycle = await resolve(props);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: cycleHeading(cycle), href: `/cycles/${cycle.slug}` },
          { label: "Edit details" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Edit cycle details</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {cycleHeading(cycle)}. The election and its final report, as shown on the{" "}
        <Link href={`/cycles/${cycle.slug}`}>cycle page</Link>. Every change is recorded in the audit history with your
        name and reason.
      </p>
      <div className="mt-2 max-w-2xl">
        <EditCycleForm
          cycle={{
            id: cycle.id,
            version: cycle.version,
            title: cycle.title,
            electionDate: dateInputValue(cycle.electionDate),
            isEarly: cycle.isEarly,
            finalReportTitle: cycle.finalReportTitle ?? "",
            finalReportDate: dateInputValue(cycle.finalReportDate),
            finalReportPlace: cycle.finalReportPlace ?? "",
            finalReportUrl: cycle.finalReportUrl ?? "",
            recommendationCount: cycle.recommendationCount === null ? "" : String(cycle.recommendationCount),
            notes: cycle.notes ?? "",
          }}
        />
      </div>
    </>
  );
}
