// A cycle's recommendations that repeat earlier ones (lib/links/lineage.ts):
// each with its earliest form and, in plain words, since when it is
// outstanding in each lens. A page at a time. Props in, markup out.
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { outstandingSentence } from "./labels";

export interface CycleRepeatItem {
  id: string;
  label: string;
  earliest: { id: string; label: string; year: number; slug: string };
  earlierForms: number;
  state: StateResponseStatus;
  independent: AssessmentStatus;
  outstandingByState: boolean;
  outstandingIndependently: boolean;
}

interface Props {
  repeats: { page: number; pages: number; total: number; items: CycleRepeatItem[] };
  /** "?on=…&asOf=…" (or ""), kept on the links. */
  query: string;
  pageHref: (page: number) => string;
}

export function CycleRepeats({ repeats, query, pageHref }: Props) {
  const { items, total } = repeats;
  return (
    <section aria-labelledby="repeats" className="mt-10 border-t border-slate-200 pt-8">
      <h2 id="repeats" className="text-xl font-semibold">
        Repeats of earlier recommendations
      </h2>
      {total === 0 ? (
        <p className="mt-2 text-slate-700">No recommendation of this cycle is linked as a repeat of an earlier one.</p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            {total} {total === 1 ? "recommendation repeats" : "recommendations repeat"} an earlier one. The earliest
            form is found by following the &ldquo;repeats&rdquo; links back through every cycle.
          </p>
          <ul className="mt-3 divide-y divide-slate-200">
            {items.map((r) => (
              <li key={r.id} className="py-3">
                <p>
                  <Link href={`/recommendations/${r.id}${query}`} className="font-semibold">
                    Recommendation {r.label}
                  </Link>{" "}
                  repeats{" "}
                  <Link href={`/recommendations/${r.earliest.id}${query}`}>
                    {r.earliest.year} · Recommendation {r.earliest.label}
                  </Link>
                  <span className="text-slate-700">
                    {r.earlierForms > 1 ? ` (its earliest form, through ${r.earlierForms} earlier forms)` : ""}
                  </span>
                </p>
                <p className="mt-1">{outstandingSentence({ ...r, since: r.earliest.year })}</p>
              </li>
            ))}
          </ul>
          <Pagination page={repeats.page} pages={repeats.pages} href={pageHref} label="Pages of repeats" />
        </>
      )}
    </section>
  );
}
