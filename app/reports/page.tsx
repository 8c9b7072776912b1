// The cycles, a page at a time, each with a link to its printable report and downloads.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireReader } from "@/lib/auth/session";
import { listCycles } from "@/lib/cycles/queries";
import { EXPORT_FORMATS, FORMAT_LABEL, cycleName } from "@/lib/reports/export-text";

export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// An invalid page number is named and the first page shown.
const pageParam = z.preprocess(
  (v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v[0] : v),
  z.coerce.number().int().min(1).max(100_000).optional(),
);

export default async function ReportsPage({ searchParams }: Props) {
  const parsed = pageParam.safeParse((await searchParams).page);
  const wanted = parsed.success ? (parsed.data ?? 1) : 1;
  await requireReader(wanted > 1 ? `/reports?page=${wanted}` : "/reports");
  const list = await listCycles(wanted);
  const beyond = list.page > list.pages;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Reports</h1>
      <p className="mt-2 max-w-prose text-slate-800">
        A report shows, for one election cycle, every recommendation in the order of the final report with the
        state&rsquo;s response, the latest independent assessment and the follow-up, with the status on any day and as
        recorded on any day. Print it, or download it as PDF, Word, Excel, CSV or JSON.
      </p>
      {!parsed.success && (
        <p
          role="status"
          className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-inset ring-amber-700"
        >
          Ignored an invalid page number; showing the first page.
        </p>
      )}
      {beyond && (
        <p className="mt-6 text-slate-700">
          There is no page {list.page}; there {list.pages === 1 ? "is 1 page" : `are ${list.pages} pages`}.
        </p>
      )}
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {list.cycles.map((c) => (
          <li key={c.id} className="py-3">
            <Link href={`/reports/${c.slug}`} className="font-semibold">
              {`Report: ${cycleName(c)}`}
            </Link>
            <p className="text-sm text-slate-700">
              {c.country.name} · {c.recorded} {c.recorded === 1 ? "recommendation" : "recommendations"} recorded
            </p>
            <p className="no-print mt-1 text-sm">
              <span className="text-slate-700">Download: </span>
              {EXPORT_FORMATS.map((f, i) => (
                <span key={f}>
                  {i > 0 && " · "}
                  <a href={`/api/reports/${c.slug}/${f}`} download>
                    {FORMAT_LABEL[f]}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {list.pages > 1 && (
        <nav aria-label="Pages of cycles" className="no-print mt-4 flex items-center gap-4 text-sm">
          {list.page > 1 && <Link href={`/reports?page=${Math.min(list.page - 1, list.pages)}`}>Previous page</Link>}
          <span>
            Page {Math.min(list.page, list.pages)} of {list.pages} ({list.total} cycles)
          </span>
          {list.page < list.pages && <Link href={`/reports?page=${list.page + 1}`}>Next page</Link>}
        </nav>
      )}
    </>
  );
}
