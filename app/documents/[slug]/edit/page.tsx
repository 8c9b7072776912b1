import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireEditor } from "@/lib/auth/session";
import { getDocument } from "@/lib/documents/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { dateInputValue } from "@/components/admin/form-helpers";
import { EditDocumentForm } from "@/components/admin/edit-details-forms";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (slug.length > 200 ? null : getDocument(slug)));

async function resolve({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/documents/${encodeURIComponent(slug)}/edit`);
  const doc = await load(slug);
  if (!doc) notFound();
  return doc;
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const doc = await resolve(props);
  return { title: `Edit document details: ${shorten(doc.title, 60)}` };
}

export default async function EditDocumentPage(props: Props) {
  const doc = await resolve(props);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Documents", href: "/documents" },
          { label: shorten(doc.title, 60), href: `/documents/${doc.slug}` },
          { label: "Edit details" },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">Edit document details</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        How the <Link href={`/documents/${doc.slug}`}>document</Link> is cited throughout the tracker. Its file and
        stored text are changed on the document page. Every change is recorded in the audit history with your name and
        reason.
      </p>
      <div className="mt-2 max-w-2xl">
        <EditDocumentForm
          document={{
            id: doc.id,
            version: doc.version,
            type: doc.type,
            title: doc.title,
            issuer: doc.issuer,
            issuedOn: dateInputValue(doc.issuedOn),
            place: doc.place ?? "",
            sourceUrl: doc.sourceUrl ?? "",
          }}
        />
      </div>
    </>
  );
}
