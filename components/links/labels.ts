// Words for links between recommendations, from the "links" namespace of the catalogues. Pure, unit-tested:
// each function takes its translators (useTranslations / getTranslations), so pages and tests share them.
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { statusLabel, type StatusWords } from "@/lib/i18n/status";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";

export type LinkKind = "REPEATS" | "BUILDS_ON";
export const LINK_KINDS: LinkKind[] = ["REPEATS", "BUILDS_ON"];

/** A translator of the "links" namespace. Years go in as strings: ICU would print 2005 as "2,005". */
export type LinkWords = (key: string, values?: Record<string, string | number>) => string;

/** "Repeats" / "Builds on", or from the earlier one's side "Repeated by" / "Built on by". */
export function linkKindLabel(t: LinkWords, kind: LinkKind, later = false): string {
  return t(`${later ? "laterKind" : "kind"}.${kind}`);
}

/** The first `max` characters, cut at a word, with "…" when shortened. */
export function excerpt(text: string, max = 80): string {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** "2005 · 17 — Abstentions (blank votes) should explicitly be counted in the result…" (no words to translate). */
export function candidateLabel(c: { label: string; text: string; cycle: { year: number } }): string {
  return `${c.cycle.year} · ${c.label} — ${excerpt(c.text)}`;
}

/**
 * A trigram similarity (0–1, lib/links/similar.ts) in words for editors: how much wording two texts share,
 * never a claim that they say the same thing (the editor decides).
 */
export function similarityWords(t: LinkWords, similarity: number, locale: Locale): string {
  const s = Math.min(1, Math.max(0, similarity));
  const key = s >= 0.6 ? "almost" : s >= 0.45 ? "much" : "somewhat";
  return t(`similarity.${key}`, { percent: formatNumber(Math.round(s * 100), locale) });
}

/** Plain words for "since when is this repeated recommendation outstanding", each lens named, never merged. */
export function outstandingSentence(
  t: LinkWords,
  status: StatusWords,
  r: {
    since: number;
    state: StateResponseStatus;
    independent: AssessmentStatus;
    outstandingByState: boolean;
    outstandingIndependently: boolean;
  },
): string {
  const values = {
    since: String(r.since),
    state: statusLabel(status, r.state),
    independent: statusLabel(status, r.independent),
  };
  const notAssessed = r.independent === "NOT_YET_ASSESSED";
  const key =
    r.outstandingByState && r.outstandingIndependently
      ? notAssessed
        ? "bothNotAssessed"
        : "both"
      : r.outstandingIndependently
        ? notAssessed
          ? "independentNotAssessed"
          : "independent"
        : r.outstandingByState
          ? "byState"
          : "none";
  return t(`outstanding.${key}`, values);
}
