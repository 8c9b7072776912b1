import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { getDocument } from "@/lib/documents/queries";
import { DOCUMENT_TYPE } from "@/lib/vocab";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { DateText } from "@/components/date-text";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (slug.length > 200 ? null : getDocument(slug)));

async function resolve({ params }: Props) {
  const { slug } = await params;
  await requireReader(`/documents/${encodeURIComponent(slug)}`);
  const doc = await load(slug);
  if (!doc) notFound();
  return doc;
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const doc = await resolve(props);
  return { title: shorten(doc.title, 80) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function DocumentPage(props: Props) {
  const doc = await resolve(props);
  return (
    <>
      <Breadcrumbs items={[{ label: "Documents", href: "/documents" }, { label: shorten(doc.title, 60) }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{doc.title}</h1>
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Type</dt>
        <dd>{DOCUMENT_TYPE[doc.type]}</dd>
        <dt className="font-medium text-slate-700">Issuer</dt>
        <dd>{doc.issuer}</dd>
        <dt className="font-medium text-slate-700">Date</dt>
        <dd>
          <DateText date={doc.issuedOn} />
        </dd>
        <dt className="font-medium text-slate-700">Place</dt>
        <dd>{doc.place ?? <span className="text-slate-600">not stated</span>}</dd>
        <dt className="font-medium text-slate-700">Election cycle</dt>
        <dd>
          <Link href={`/cycles/${doc.cycle.slug}`}>{cycleHeading(doc.cycle)}</Link>
        </dd>
        <dt className="font-medium text-slate-700">Cited as source of</dt>
        <dd>
          {plural(doc._count.citedBy, "recommendation text", "recommendation texts")},{" "}
          {plural(doc._count.responses, "state response", "state responses")}
        </dd>
        {doc.sourceUrl && (
          <>
            <dt className="font-medium text-slate-700">Online</dt>
            <dd className="break-all">
              <a href={doc.sourceUrl}>{doc.sourceUrl}</a>
            </dd>
          </>
        )}
        {doc.sourceFile && (
          <>
            <dt className="font-medium text-slate-700">Stored copy</dt>
            <dd className="break-all">{doc.sourceFile}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="full-text" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="full-text" className="text-lg font-semibold">
          Full text
        </h2>
        {doc.fullText ? (
          // Plain text, rendered as text (never as HTML), keeping the source's line breaks.
          <div className="mt-4 max-w-[100ch] font-serif text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap text-slate-900">
            {/* Only surrounding blank lines are dropped; the text itself is shown as stored. */}
            {doc.fullText.replace(/^\s*\n/, "").trimEnd()}
          </div>
        ) : (
          <p className="mt-3 text-slate-700">The full text of this document is not stored in the tracker.</p>
        )}
      </section>
    </>
  );
}
