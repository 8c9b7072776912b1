// The cycles, each with a link to its printable report and downloads.
import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/lib/auth/session";
import { listCycles } from "@/lib/cycles/queries";
import { EXPORT_FORMATS, FORMAT_LABEL, cycleName } from "@/lib/reports/export-text";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireReader("/reports");
  const cycles = await listCycles();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Reports</h1>
      <p className="mt-2 max-w-prose text-slate-800">
        A report shows, for one election cycle, every recommendation in the order of the final report with the state&rsquo;s response, the latest
        independent assessment and the follow-up, as of any date. Print it, or download it as PDF, Word, Excel, CSV or JSON.
      </p>
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {cycles.map((c) => (
          <li key={c.id} className="py-3">
            <Link href={`/reports/${c.slug}`} className="font-semibold">
              {`Report: ${cycleName(c)}`}
            </Link>
            <p className="text-sm text-slate-700">
              {c.country.name} · {c._count.recommendations} {c._count.recommendations === 1 ? "recommendation" : "recommendations"} recorded
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
    </>
  );
}
