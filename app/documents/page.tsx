import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireReader } from "@/lib/auth/session";
import { parseListPage } from "@/lib/cycles/schema";
import { cyclesWithDocuments } from "@/lib/documents/queries";
import { cycleHeading } from "@/components/cycle-facts";
import { DocumentLinks } from "@/components/document-links";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Documents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const href = (page: number) => (page > 1 ? `/documents?page=${page}` : "/documents");

export default async function DocumentsPage({ searchParams }: Props) {
  const { page } = parseListPage(await searchParams);
  await requireReader(href(page));
  const data = await cyclesWithDocuments(page);
  if (page > data.pages) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Documents</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        The source documents the tracker quotes and cites, with their full text where it is stored, by election cycle.
      </p>
      {data.cycles.length === 0 && <p className="mt-8 text-slate-700">No documents are recorded yet.</p>}
      {data.cycles.map((cycle) => (
        <section key={cycle.slug} aria-labelledby={`docs-${cycle.slug}`} className="mt-8">
          <h2 id={`docs-${cycle.slug}`} className="text-lg font-semibold">
            <Link href={`/cycles/${cycle.slug}`} className="text-slate-900">
              {cycle.country.name}, {cycleHeading(cycle)}
            </Link>
          </h2>
          <div className="mt-3">
            <DocumentLinks documents={cycle.documents} />
          </div>
        </section>
      ))}
      <Pagination page={page} pages={data.pages} href={href} label="Pages of documents" />
    </>
  );
}
