// A cycle's recommendations that repeat earlier ones (lib/links/lineage.ts):
// each with its earliest form and, in plain words, since when it is
// outstanding in each lens. A page at a time. Props in, markup out.
import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("links");
  const tStatus = useTranslations("status");
  const { items, total } = repeats;
  return (
    <section aria-labelledby="repeats" className="mt-10 border-t border-slate-200 pt-8">
      <h2 id="repeats" className="text-xl font-semibold">
        {t("repeats.heading")}
      </h2>
      {total === 0 ? (
        <p className="mt-2 text-slate-700">{t("repeats.none")}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t("repeats.count", { total })}</p>
          <ul className="mt-3 divide-y divide-slate-200">
            {items.map((r) => (
              <li key={r.id} className="py-3">
                <p>
                  {t.rich("repeats.item", {
                    label: r.label,
                    year: String(r.earliest.year),
                    earliestLabel: r.earliest.label,
                    through: r.earlierForms > 1 ? "yes" : "no",
                    forms: r.earlierForms,
                    link: (c) => (
                      <Link href={`/recommendations/${r.id}${query}`} className="font-semibold">
                        {c}
                      </Link>
                    ),
                    earliest: (c) => <Link href={`/recommendations/${r.earliest.id}${query}`}>{c}</Link>,
                    muted: (c) => <span className="text-slate-700">{c}</span>,
                  })}
                </p>
                <p className="mt-1">{outstandingSentence(t, tStatus, { ...r, since: r.earliest.year })}</p>
              </li>
            ))}
          </ul>
          <Pagination page={repeats.page} pages={repeats.pages} href={pageHref} label={t("repeats.pages")} />
        </>
      )}
    </section>
  );
}
