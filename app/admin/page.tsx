import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { parseListPage } from "@/lib/cycles/schema";
import { cyclesWithDocuments } from "@/lib/documents/queries";
import { DOCUMENT_TYPE } from "@/lib/vocab";
import { cycleHeading } from "@/components/cycle-facts";
import { DateText } from "@/components/date-text";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Admin" };

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

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Accounts, institutions and the details of cycles and documents. Every change made here is recorded, with your
        name and reason, in the audit history.
      </p>

      <nav aria-labelledby="admin-areas" className="mt-6">
        <h2 id="admin-areas" className="sr-only">
          Administration
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {[
            { href: "/admin/users", label: "Users", text: "Add, invite, change roles, deactivate." },
            { href: "/admin/institutions", label: "Institutions", text: "The bodies responsible for recommendations." },
            { href: "/admin/themes", label: "Themes", text: "Subjects to follow recommendations across cycles." },
            { href: "/audit", label: "Audit history", text: "Who changed what, when and why; CSV export." },
            { href: "/admin/api-tokens", label: "API tokens", text: "Read-only access to the read API for programs." },
            { href: "/admin/email", label: "E-mail", text: "Notification e-mails waiting, sent and failed." },
          ].map((a) => (
            <li key={a.href} className="rounded border border-slate-200 p-4">
              <Link href={a.href} className="font-semibold">
                {a.label}
              </Link>
              <p className="mt-1 text-sm text-slate-700">{a.text}</p>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="edit-cycles" className={sectionClass}>
        <h2 id="edit-cycles" className="text-lg font-semibold">
          Edit cycle details
        </h2>
        <p className="mt-1 text-sm text-slate-700">Election date, final report and notes of each election cycle.</p>
        <ul className="mt-3 space-y-1">
          {cycles.map((c) => (
            <li key={c.slug}>
              <Link href={`/cycles/${c.slug}/edit`}>
                {cycleHeading(c)}
                <span className="sr-only">: edit details</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="edit-documents" className={sectionClass}>
        <h2 id="edit-documents" className="text-lg font-semibold">
          Edit document details
        </h2>
        <p className="mt-1 text-sm text-slate-700">Title, issuer, date, place and link of each source document.</p>
        {byCycle
          .filter((g) => g.documents.length > 0)
          .map((g) => (
            <div key={g.cycle.slug} className="mt-4">
              <h3 className="text-base font-semibold">{cycleHeading(g.cycle)}</h3>
              <ul className="mt-1 space-y-2">
                {g.documents.map((d) => (
                  <li key={d.slug}>
                    <Link href={`/documents/${d.slug}/edit`}>
                      {d.title}
                      <span className="sr-only">: edit details</span>
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {DOCUMENT_TYPE[d.type]} · <DateText date={d.issuedOn} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </section>
      <Pagination page={page} pages={data.pages} href={href} label="Pages of cycles" />
    </>
  );
}
