// Search results: each hit says where it was found ("2011 · Presidential
// election, recommendation 3(a) — state's response"), shows the matched text
// with its matches marked, and links to the recommendation (at the entry) or
// the document. Snippets are rendered as text: the markers from the database
// become <mark> elements here, and nothing is ever injected as HTML.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/search/queries";
import { highlightParts } from "@/lib/search/schema";
import { entryAnchor } from "@/components/recommendation/entry-editing";
import { AssessmentBadge, StateResponseBadge } from "@/components/status-badge";

/** A translator of the catalogues' "search.hit" namespace. */
type HitWords = (key: string, values?: Record<string, string>) => string;

export function hitTitle(t: HitWords, h: SearchHit): string {
  const cycle = `${h.cycle.year} · ${h.cycle.title}`;
  if (h.document) return t("document", { cycle, title: h.document.title });
  const kind = t(`kind.${h.internal ? "internal" : h.kind}`);
  return t("entry", { cycle, label: h.recommendation?.label ?? "", kind });
}

function hitHref(h: SearchHit): string {
  if (h.document) return `/documents/${h.document.slug}`;
  const rec = `/recommendations/${h.recommendation?.id ?? ""}`;
  return h.kind === "recommendation" ? rec : `${rec}#${entryAnchor(h.entryId)}`;
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="mt-1 text-sm break-words text-slate-800">
      {highlightParts(text).map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

export function SearchResults({ hits, offset }: { hits: SearchHit[]; offset: number }) {
  const t = useTranslations("search.hit");
  return (
    <ol start={offset + 1} className="mt-4 space-y-4" aria-label={t("list")}>
      {hits.map((h) => (
        <li key={`${h.kind}-${h.entryId}`} className="rounded-lg border border-slate-200 p-4">
          <h3 className="text-base font-semibold">
            <Link href={hitHref(h)}>{hitTitle(t, h)}</Link>
          </h3>
          <p className="text-xs text-slate-700">
            {h.cycle.countryName}
            {h.recommendation?.section && ` · ${h.recommendation.section}`}
          </p>
          <Snippet text={h.snippet} />
          {h.recommendation && (
            <p className="mt-2 flex flex-wrap gap-2 text-xs">
              <span className="sr-only">{t("state")} </span>
              <StateResponseBadge status={h.recommendation.state} />
              <span className="sr-only">{t("independent")} </span>
              <AssessmentBadge status={h.recommendation.independent} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
