// The result of a report-text import: each recommendation it created, with the earlier recommendations of the
// country that read alike, to be linked as repeats in one click (audited like any link).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/session";
import { linkRecommendationsAction } from "@/lib/links/actions";
import { suggestRepeatsFor } from "@/lib/links/similar";
import { importResult } from "@/lib/report-import/queries";
import { formatDate } from "@/lib/i18n/format";
import { asLocale } from "@/lib/i18n/locales";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RepeatSuggestions } from "@/components/links/repeat-suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportImport.result");
  return { title: t("title") };
}

export default async function ImportResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/imports/${encodeURIComponent(id)}`);
  const imp = await importResult(id);
  if (!imp) notFound();
  const suggestions = await suggestRepeatsFor(imp.items.map((i) => i.id));
  const cycleName = `${imp.cycle.year} ${imp.cycle.title}`;
  const [t, tImport, raw] = await Promise.all([
    getTranslations("reportImport.result"),
    getTranslations("reportImport"),
    getLocale(),
  ]);
  const day = (d: Date) => formatDate(d, asLocale(raw));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tImport("cycles"), href: "/" },
          { label: cycleName, href: `/cycles/${imp.cycle.slug}` },
          { label: t("crumb", { date: day(imp.createdAt) }) },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("heading", { cycle: cycleName })}</h1>
      <p className="mt-3 max-w-prose text-slate-800">
        {imp.revertedAt ? t("reverted", { date: day(imp.revertedAt) }) : t("intro", { labels: imp.labels })}
      </p>
      {imp.items.map((item) => (
        <RepeatSuggestions
          key={item.id}
          recommendationId={item.id}
          suggestions={suggestions.get(item.id) ?? []}
          action={linkRecommendationsAction}
          heading={t.rich("readsLike", {
            label: item.label,
            link: (c) => <Link href={`/recommendations/${item.id}`}>{c}</Link>,
          })}
        />
      ))}
    </>
  );
}
