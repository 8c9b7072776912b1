import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import { getCycleSummary } from "@/lib/cycles/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { NewDocumentForm } from "@/components/catalogue/new-forms";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/cycles/${encodeURIComponent(slug)}/documents/new`);
  const cycle = slug.length > 100 ? null : await getCycleSummary(slug);
  if (!cycle) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: cycleHeading(cycle), href: `/cycles/${cycle.slug}` },
          { label: "New document" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">New document</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        A document of the <Link href={`/cycles/${cycle.slug}`}>{cycleHeading(cycle)}</Link> cycle ({cycle.country.name}
        ): a final report, a government&rsquo;s comments, a letter. Once created, you can attach its file (PDF, DOCX or
        plain text) on its page. Responses, assessments and follow-ups of any cycle of {cycle.country.name} can cite it.
      </p>
      <div className="mt-2 max-w-2xl">
        <NewDocumentForm cycleId={cycle.id} />
      </div>
    </>
  );
}
