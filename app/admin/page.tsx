import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { parseListPage } from "@/lib/cycles/schema";
import { cyclesWithDocuments } from "@/lib/documents/queries";
import { cycleHeading } from "@/components/cycle-facts";
import { DateText } from "@/components/date-text";
import { Pagination } from "@/components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

const hidden = (c: ReactNode) => <span className="sr-only">{c}</span>;
const AREAS = [
  { key: "users", href: "/admin/users" },
  { key: "institutions", href: "/admin/institutions" },
  { key: "themes", href: "/admin/themes" },
  { key: "audit", href: "/audit" },
  { key: "apiTokens", href: "/admin/api-tokens" },
  { key: "email", href: "/admin/email" },
];

const sectionClass = "mt-8 border-t border-slate-200 pt-6";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const href = (page: number) => (page > 1 ? `/admin?page=${page}` : "/admin");

export default async function AdminPage({ searchParams }: Props) {
  const { page } = parseListPage(await searchParams);
  await requireAdmin(href(page));
  // A page of cycles (all of them, with or without documents) and their documents.
  const data = await cyclesWithDocuments(page, false);
  if (page > data.pages) notFound();
  const cycles = data.cycles;
  const byCycle = cycles.map((c) => ({ cycle: c, documents: c.documents }));
  const t = await getTranslations("admin");
  // Document types in words: the audit history's vocabulary, which names every coded value.
  const codes = await getTranslations("auditEvents.codes");

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>

      <nav aria-labelledby="admin-areas" className="mt-6">
        <h2 id="admin-areas" className="sr-only">
          {t("areas")}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {AREAS.map((a) => (
            <li key={a.href} className="rounded border border-slate-200 p-4">
              <Link href={a.href} className="font-semibold">
                {t(`area.${a.key}.label`)}
              </Link>
              <p className="mt-1 text-sm text-slate-700">{t(`area.${a.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="edit-cycles" className={sectionClass}>
        <h2 id="edit-cycles" className="text-lg font-semibold">
          {t("editCycles")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("editCyclesIntro")}</p>
        <ul className="mt-3 space-y-1">
          {cycles.map((c) => (
            <li key={c.slug}>
              <Link href={`/cycles/${c.slug}/edit`}>{t.rich("editLink", { name: cycleHeading(c), hidden })}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="edit-documents" className={sectionClass}>
        <h2 id="edit-documents" className="text-lg font-semibold">
          {t("editDocuments")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("editDocumentsIntro")}</p>
        {byCycle
          .filter((g) => g.documents.length > 0)
          .map((g) => (
            <div key={g.cycle.slug} className="mt-4">
              <h3 className="text-base font-semibold">{cycleHeading(g.cycle)}</h3>
              <ul className="mt-1 space-y-2">
                {g.documents.map((d) => (
                  <li key={d.slug}>
                    <Link href={`/documents/${d.slug}/edit`}>{t.rich("editLink", { name: d.title, hidden })}</Link>
                    <span className="block text-sm text-slate-700">
                      {codes(`type.${d.type}`)} · <DateText date={d.issuedOn} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </section>
      <Pagination page={page} pages={data.pages} href={href} label={t("pages")} />
    </>
  );
}
