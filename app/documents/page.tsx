import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireReader } from "@/lib/auth/session";
import { parseListPage } from "@/lib/cycles/schema";
import { cyclesWithDocuments } from "@/lib/documents/queries";
import { cycleHeading } from "@/components/cycle-facts";
import { DocumentLinks } from "@/components/document-links";
import { Pagination } from "@/components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("list.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const href = (page: number) => (page > 1 ? `/documents?page=${page}` : "/documents");

export default async function DocumentsPage({ searchParams }: Props) {
  const { page } = parseListPage(await searchParams);
  await requireReader(href(page));
  const [data, t] = await Promise.all([cyclesWithDocuments(page), getTranslations("documents")]);
  if (page > data.pages) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("list.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("list.intro")}</p>
      {data.cycles.length === 0 && <p className="mt-8 text-slate-700">{t("list.none")}</p>}
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
      <Pagination page={page} pages={data.pages} href={href} label={t("list.pages")} />
    </>
  );
}
