import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireReader } from "@/lib/auth/session";
import { canEdit } from "@/lib/auth/policy";
import { MAX_FILE_LABEL } from "@/lib/documents/schema";
import { DocumentText } from "@/components/document-text";
import { FileUploadForm } from "@/components/catalogue/file-upload-form";
import { getDocument } from "@/lib/documents/queries";
import { DOCUMENT_TYPE } from "@/lib/vocab";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { DateText } from "@/components/date-text";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (slug.length > 200 ? null : getDocument(slug)));

async function resolve({ params }: Props) {
  const { slug } = await params;
  const user = await requireReader(`/documents/${encodeURIComponent(slug)}`);
  const doc = await load(slug);
  if (!doc) notFound();
  return { doc, user };
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { doc } = await resolve(props);
  return { title: shorten(doc.title, 80) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const KIND: Record<string, string> = { pdf: "PDF", docx: "Word document (DOCX)", text: "Plain text" };
const size = (n: number) =>
  n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

export default async function DocumentPage(props: Props) {
  const { doc, user } = await resolve(props);
  const editor = canEdit(user);
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
        {doc.fileSha256 && doc.file && (
          <>
            <dt className="font-medium text-slate-700">File</dt>
            <dd className="break-all">
              <a href={`/documents/${doc.slug}/file`} download>
                {doc.fileName ?? "Download"}
              </a>{" "}
              <span className="text-slate-700">
                ({KIND[doc.file.kind] ?? doc.file.kind}, {size(doc.file.size)})
              </span>
            </dd>
            <dt className="font-medium text-slate-700">SHA-256</dt>
            <dd className="font-mono text-xs break-all" aria-label="SHA-256 fingerprint of the file">
              {doc.fileSha256}
            </dd>
          </>
        )}
      </dl>
      {editor && (
        <p className="mt-4 print:hidden">
          <Link href={`/documents/${doc.slug}/edit`}>Edit document details</Link>
        </p>
      )}
      {editor && (
        <section
          aria-labelledby="document-file"
          className="mt-8 max-w-2xl rounded border border-slate-200 px-4 pb-4 print:hidden"
        >
          <h2 id="document-file" className="mt-3 text-lg font-semibold">
            {doc.fileSha256 ? "Replace the file" : "Attach the file"}
          </h2>
          <FileUploadForm slug={doc.slug} maxLabel={MAX_FILE_LABEL} replacing={Boolean(doc.fileSha256)} />
        </section>
      )}

      <section aria-labelledby="full-text" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="full-text" className="text-lg font-semibold">
          Full text
        </h2>
        {doc.fullText ? (
          <div className="mt-4">
            <DocumentText text={doc.fullText} />
          </div>
        ) : (
          <p className="mt-3 text-slate-700">The full text of this document is not stored in the tracker.</p>
        )}
      </section>
    </>
  );
}
