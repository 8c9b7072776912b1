// The election cycles, a page at a time, the cycles of each country together,
// with the state's responses counted at the moment shown (both clocks).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { canEdit } from "@/lib/auth/policy";
import { notFound } from "next/navigation";
import { requireReader } from "@/lib/auth/session";
import { listCycles } from "@/lib/cycles/queries";
import { parseListPage } from "@/lib/cycles/schema";
import { todayIso } from "@/lib/dated";
import { parseMoment } from "@/lib/status/moment";
import { CycleCard } from "@/components/cycle-card";
import { consecutiveGroups, groupSlug } from "@/components/dashboard/groups";
import { HowComputed } from "@/components/dashboard/how-computed";
import { MomentForm } from "@/components/dashboard/moment-fields";
import { InvalidNotice, MomentLine } from "@/components/dashboard/notices";
import { cycleHref, queryOf } from "@/components/dashboard/urls";
import { Pagination } from "@/components/pagination";

// The root layout's title template does not apply to a page in its own segment.
export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: (await getTranslations("home"))("documentTitle") } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const raw = await searchParams;
  const { moment, invalid } = parseMoment(raw);
  const { page, invalid: badPage } = parseListPage(raw);
  const options = { on: moment.on ?? undefined, asOf: moment.asOf ?? undefined };
  const href = (p: number) => `/${queryOf(options, {}, p)}`;
  const user = await requireReader(href(page));
  const data = await listCycles(page, moment);
  if (page > data.pages) notFound();
  const first = (page - 1) * data.pageSize + 1;
  const t = await getTranslations("home");

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>
      {canEdit(user) && (
        <p className="mt-2 print:hidden">
          <Link href="/cycles/new">{t("newCycle")}</Link>
          <span aria-hidden="true"> · </span>
          <Link href="/countries">{t("countries")}</Link>
        </p>
      )}
      <MomentForm action="/" values={options} today={todayIso()} />
      <InvalidNotice keys={[...invalid, ...(badPage ? ["page"] : [])]} />
      <MomentLine options={options} assessors={false} />
      <HowComputed dashboard={false} />
      {data.pages > 1 && (
        <p className="mt-4 text-sm text-slate-700">
          {t("cyclesShown", {
            first,
            last: first + data.cycles.length - 1,
            total: data.total,
            page,
            pages: data.pages,
          })}
        </p>
      )}
      {data.cycles.length === 0 ? (
        <p className="mt-8 text-slate-700">{t("noCycles")}</p>
      ) : (
        consecutiveGroups(data.cycles, (c) => c.country.name).map((g) => (
          <section key={g.group} aria-labelledby={`country-${groupSlug(g.group ?? "")}`} className="mt-8">
            <h2 id={`country-${groupSlug(g.group ?? "")}`} className="text-xl font-semibold">
              {g.group}
            </h2>
            <div className="mt-4 space-y-6">
              {g.rows.map((c) => (
                <CycleCard key={c.id} cycle={c} href={cycleHref(c.slug, options)} />
              ))}
            </div>
          </section>
        ))
      )}
      <Pagination page={page} pages={data.pages} href={href} label={t("pagesLabel")} />
    </>
  );
}
