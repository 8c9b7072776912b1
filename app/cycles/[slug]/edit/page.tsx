import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { requireEditor } from "@/lib/auth/session";
import { getCycle } from "@/lib/cycles/queries";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { cycleHeading } from "@/components/cycle-facts";
import { dateInputValue } from "@/components/admin/form-helpers";
import { EditCycleForm } from "@/components/admin/edit-details-forms";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (slug.length > 100 ? null : getCycle(slug, {})));

async function resolve({ params }: Props) {
  const { slug } = await params;
  await requireEditor(`/cycles/${encodeURIComponent(slug)}/edit`);
  const detail = await load(slug);
  if (!detail) notFound();
  return detail.cycle;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [cycle, t] = await Promise.all([resolve(props), getTranslations("cycles")]);
  return { title: t("edit.metaTitle", { year: String(cycle.year) }) };
}

export default async function EditCyclePage(props: Props) {
  const [cycle, t] = await Promise.all([resolve(props), getTranslations("cycles")]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("crumb"), href: "/" },
          { label: cycleHeading(cycle), href: `/cycles/${cycle.slug}` },
          { label: t("edit.crumb") },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t("edit.title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t.rich("edit.intro", {
          cycle: cycleHeading(cycle),
          link: (c) => <Link href={`/cycles/${cycle.slug}`}>{c}</Link>,
        })}
      </p>
      <div className="mt-2 max-w-2xl">
        <EditCycleForm
          cycle={{
            id: cycle.id,
            version: cycle.version,
            title: cycle.title,
            electionDate: dateInputValue(cycle.electionDate),
            isEarly: cycle.isEarly,
            finalReportTitle: cycle.finalReportTitle ?? "",
            finalReportDate: dateInputValue(cycle.finalReportDate),
            finalReportPlace: cycle.finalReportPlace ?? "",
            finalReportUrl: cycle.finalReportUrl ?? "",
            recommendationCount: cycle.recommendationCount === null ? "" : String(cycle.recommendationCount),
            notes: cycle.notes ?? "",
          }}
        />
      </div>
    </>
  );
}
