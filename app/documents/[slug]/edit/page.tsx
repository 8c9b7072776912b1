import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
  const [doc, t] = await Promise.all([resolve(props), getTranslations("documents")]);
  return { title: t("edit.metaTitle", { title: shorten(doc.title, 60) }) };
}

export default async function EditDocumentPage(props: Props) {
  const [doc, t] = await Promise.all([resolve(props), getTranslations("documents")]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("list.title"), href: "/documents" },
          { label: shorten(doc.title, 60), href: `/documents/${doc.slug}` },
          { label: t("edit.crumb") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("edit.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("edit.intro", { link: (c) => <Link href={`/documents/${doc.slug}`}>{c}</Link> })}
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
