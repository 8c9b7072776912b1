import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/lib/auth/session";
import { listDocuments, type DocumentListItem } from "@/lib/documents/queries";
import { cycleHeading } from "@/components/cycle-facts";
import { DocumentLinks } from "@/components/document-links";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage() {
  await requireReader("/documents");
  const documents = await listDocuments();
  // Already ordered by cycle year, so grouping keeps first-seen order.
  const byCycle = new Map<string, { cycle: DocumentListItem["cycle"]; docs: DocumentListItem[] }>();
  for (const d of documents) {
    const g = byCycle.get(d.cycle.slug) ?? { cycle: d.cycle, docs: [] };
    g.docs.push(d);
    byCycle.set(d.cycle.slug, g);
  }
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Documents</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        The source documents the tracker quotes and cites, with their full text where it is stored.
      </p>
      {byCycle.size === 0 && <p className="mt-8 text-slate-700">No documents are recorded yet.</p>}
      {[...byCycle.values()].map(({ cycle, docs }) => (
        <section key={cycle.slug} aria-labelledby={`docs-${cycle.slug}`} className="mt-8">
          <h2 id={`docs-${cycle.slug}`} className="text-lg font-semibold">
            <Link href={`/cycles/${cycle.slug}`} className="text-slate-900">
              {cycleHeading(cycle)}
            </Link>
          </h2>
          <div className="mt-3">
            <DocumentLinks documents={docs} />
          </div>
        </section>
      ))}
    </>
  );
}
