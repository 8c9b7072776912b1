// The result of a report-text import: each recommendation it created, with the earlier recommendations of the
// country that read alike, to be linked as repeats in one click (audited like any link).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";
import { linkRecommendationsAction } from "@/lib/links/actions";
import { suggestRepeatsFor } from "@/lib/links/similar";
import { importResult } from "@/lib/report-import/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RepeatSuggestions } from "@/components/links/repeat-suggestions";

export const metadata: Metadata = { title: "Imported recommendations: earlier forms" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function ImportResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/imports/${encodeURIComponent(id)}`);
  const imp = await importResult(id);
  if (!imp) notFound();
  const suggestions = await suggestRepeatsFor(imp.items.map((i) => i.id));
  const cycleName = `${imp.cycle.year} ${imp.cycle.title}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Cycles", href: "/" },
          { label: cycleName, href: `/cycles/${imp.cycle.slug}` },
          { label: `Import of ${day(imp.createdAt)}` },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">
        Imported into {cycleName}: do any repeat earlier recommendations?
      </h1>
      <p className="mt-3 max-w-prose text-slate-800">
        {imp.revertedAt
          ? `This import was reverted on ${day(imp.revertedAt)}: its recommendations are no longer in the tracker.`
          : `For each recommendation this import created (${imp.labels}), the earlier recommendations of the same
             country whose wording is closest. Read both before linking.`}
      </p>
      {imp.items.map((item) => (
        <RepeatSuggestions
          key={item.id}
          recommendationId={item.id}
          suggestions={suggestions.get(item.id) ?? []}
          action={linkRecommendationsAction}
          heading={
            <>
              <Link href={`/recommendations/${item.id}`}>Recommendation {item.label}</Link> reads like…
            </>
          }
        />
      ))}
    </>
  );
}
