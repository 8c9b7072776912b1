// Earlier and later forms of a recommendation (it repeats or builds on an
// earlier cycle's recommendation), and for editors the forms to link and
// unlink. Server-renderable; the forms are small client components.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/result";
import { excerpt, linkKindLabel, type LinkKind } from "./labels";
import { LinkForm, type LinkCandidate } from "./link-form";
import { UnlinkForm, UnlinkScope } from "./unlink-form";

export interface LinkedRecommendation {
  kind: LinkKind;
  note: string | null;
  rec: { id: string; label: string; text: string; cycle: { year: number; title: string; slug: string } };
}

export type LinkAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

export interface RecommendationLinksProps {
  recommendationId: string;
  /** From `linksOf(id).earlier`: what this recommendation repeats or builds on. */
  earlier: LinkedRecommendation[];
  /** From `linksOf(id).later`: later recommendations that repeat or build on this one. */
  later: LinkedRecommendation[];
  /** The editor's search for an earlier recommendation (a GET form on the page) and its results (null before searching). */
  search: { query: string; results: LinkCandidate[] | null; action: string };
  canEdit: boolean;
  /** `linkRecommendationsAction` and `unlinkRecommendationsAction`. */
  linkAction: LinkAction;
  unlinkAction: LinkAction;
  /** Level of the section heading (sub-headings go one deeper). Default 2. */
  headingLevel?: 2 | 3;
}

function LinkList({
  items,
  later,
  remove,
}: {
  items: LinkedRecommendation[];
  later: boolean;
  remove?: (l: LinkedRecommendation) => React.ReactNode;
}) {
  const t = useTranslations("links");
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {items.map((l) => (
        <li key={l.rec.id} className="py-3">
          <p>
            <span className="mr-2 rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800 ring-1 ring-inset ring-slate-400">
              {linkKindLabel(t, l.kind, later)}
            </span>
            <Link href={`/recommendations/${l.rec.id}`} className="font-semibold">
              {t("yearRecommendation", { year: String(l.rec.cycle.year), label: l.rec.label })}
            </Link>{" "}
            <span className="text-sm text-slate-700">({l.rec.cycle.title})</span>
          </p>
          <p className="mt-1 font-serif text-sm text-slate-800">{excerpt(l.rec.text, 200)}</p>
          {l.note && <p className="mt-1 text-sm text-slate-700">{t("forms.note", { note: l.note })}</p>}
          {remove?.(l)}
        </li>
      ))}
    </ul>
  );
}

export function RecommendationLinks(p: RecommendationLinksProps) {
  const t = useTranslations("links");
  const level = p.headingLevel ?? 2;
  const H = `h${level}` as "h2" | "h3";
  const Sub = `h${level + 1}` as "h3" | "h4";
  const linked = new Set(p.earlier.map((l) => l.rec.id));
  const candidates = p.search.results?.filter((c) => c.id !== p.recommendationId && !linked.has(c.id)) ?? null;
  const earlier =
    p.earlier.length === 0 ? (
      <p className="mt-1 text-sm text-slate-700">{t("forms.noEarlier")}</p>
    ) : (
      <LinkList
        items={p.earlier}
        later={false}
        remove={
          p.canEdit
            ? (l) => (
                <UnlinkForm
                  fromId={p.recommendationId}
                  toId={l.rec.id}
                  what={t("what", { year: String(l.rec.cycle.year), label: l.rec.label })}
                />
              )
            : undefined
        }
      />
    );
  return (
    <section aria-labelledby="rec-links" className="mt-10">
      <H id="rec-links" className="text-lg font-semibold">
        {t("forms.heading")}
      </H>
      <Sub className="mt-4 text-base font-semibold">{t("forms.earlier")}</Sub>
      {p.canEdit ? <UnlinkScope action={p.unlinkAction}>{earlier}</UnlinkScope> : earlier}
      <Sub className="mt-4 text-base font-semibold">{t("forms.later")}</Sub>
      {p.later.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("forms.noLater")}</p>
      ) : (
        <LinkList items={p.later} later />
      )}
      {p.canEdit && (
        <LinkForm
          recommendationId={p.recommendationId}
          search={{ ...p.search, results: candidates }}
          action={p.linkAction}
        />
      )}
    </section>
  );
}
