import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/session";
import { getCycleSummary } from "@/lib/cycles/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { NewDocumentForm } from "@/components/catalogue/new-forms";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("newDocument.title") };
}

export default async function NewDocumentPage({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/cycles/${encodeURIComponent(slug)}/documents/new`);
  const cycle = slug.length > 100 ? null : await getCycleSummary(slug);
  if (!cycle) notFound();
  const t = await getTranslations("cycles");
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("crumb"), href: "/" },
          { label: cycleHeading(cycle), href: `/cycles/${cycle.slug}` },
          { label: t("newDocument.title") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("newDocument.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("newDocument.intro", {
          cycle: cycleHeading(cycle),
          country: cycle.country.name,
          link: (c) => <Link href={`/cycles/${cycle.slug}`}>{c}</Link>,
        })}
      </p>
      <div className="mt-2 max-w-2xl">
        <NewDocumentForm cycleId={cycle.id} />
      </div>
    </>
  );
}
