// "Reads like an earlier recommendation": candidates for a repeat link, found
// by trigram similarity (pg_trgm, on PostgreSQL and PGlite alike) of the
// normalised lead-in and text (recommendation_similarity_text, migration
// …_recommendation_text_similarity, which also builds the GIN index these
// queries use through the `%` operator).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";

/**
 * Below this, texts merely share the vocabulary of election reports. Measured on
 * the seed (docs in the report of issue 9): unrelated 2011 recommendations score
 * at most 0.29 against each other and the 2005/2007 texts at most 0.21 against
 * any 2011 one, while a paraphrase of a 2011 recommendation scores 0.36–0.56
 * against it. `%` pre-filters at pg_trgm's default of 0.3 (using the index), so
 * this must stay above 0.3.
 */
export const SIMILARITY_THRESHOLD = 0.35;
export const SUGGESTION_LIMIT = 5;
const MAX_IDS = 200;
const EXCERPT = 240;

export interface RepeatSuggestion {
  id: string;
  label: string;
  excerpt: string;
  cycle: { year: number; title: string; slug: string };
  /** Trigram similarity of the normalised texts, from SIMILARITY_THRESHOLD to 1. */
  similarity: number;
}

interface Row {
  forId: string;
  id: string;
  label: string;
  excerpt: string;
  year: number;
  title: string;
  slug: string;
  similarity: number;
}

/**
 * For each of the given recommendations, up to `limit` recommendations of
 * earlier cycles of the same country (an earlier year: the rule a link must
 * follow) that read alike, most alike first. Recommendations it is already
 * linked to, directly or through a chain of earlier links, are left out.
 * Unknown ids get an empty list. For pages that show many items at once
 * (the report-text import's result).
 */
export async function suggestRepeatsFor(
  ids: string[],
  limit = SUGGESTION_LIMIT,
): Promise<Map<string, RepeatSuggestion[]>> {
  const wanted = [...new Set(ids.filter((id) => /^[a-z0-9]{20,40}$/.test(id)))].slice(0, MAX_IDS);
  const out = new Map<string, RepeatSuggestion[]>(ids.map((id) => [id, []]));
  if (wanted.length === 0) return out;
  const take = Math.min(Math.max(1, Math.trunc(limit)), 20);
  const db = await prisma();
  const rows = await db.$queryRaw<Row[]>`
    WITH RECURSIVE me AS (
      SELECT r.id, recommendation_similarity_text(r.lead_in, r.text) AS norm, cy.country_id, cy.year
      FROM recommendations r JOIN election_cycles cy ON cy.id = r.cycle_id
      WHERE r.id IN (${Prisma.join(wanted)})),
    linked AS (
      SELECT l.from_id AS origin, l.to_id AS node, 1 AS depth
      FROM recommendation_links l JOIN me ON me.id = l.from_id
      UNION
      SELECT k.origin, l.to_id, k.depth + 1 FROM linked k JOIN recommendation_links l ON l.from_id = k.node
      WHERE k.depth < 20)
    SELECT me.id AS "forId", s.id, s.label, s.excerpt, s.year, s.title, s.slug, s.similarity
    FROM me CROSS JOIN LATERAL (
      SELECT c.id, c.label, left(c.text, ${EXCERPT + 1}) AS excerpt, cc.year, cc.title, cc.slug,
             similarity(recommendation_similarity_text(c.lead_in, c.text), me.norm)::float8 AS similarity
      FROM recommendations c JOIN election_cycles cc ON cc.id = c.cycle_id
      WHERE recommendation_similarity_text(c.lead_in, c.text) % me.norm
        AND similarity(recommendation_similarity_text(c.lead_in, c.text), me.norm) >= ${SIMILARITY_THRESHOLD}
        AND cc.country_id = me.country_id AND cc.year < me.year
        AND NOT EXISTS (SELECT 1 FROM linked k WHERE k.origin = me.id AND k.node = c.id)
      ORDER BY similarity DESC, cc.year DESC, c."order", c.id
      LIMIT ${take}) s
    ORDER BY me.id, s.similarity DESC, s.year DESC, s.id`;
  for (const r of rows) {
    out.get(r.forId)?.push({
      id: r.id,
      label: r.label,
      excerpt: shorten(r.excerpt),
      cycle: { year: r.year, title: r.title, slug: r.slug },
      similarity: Math.round(r.similarity * 1000) / 1000,
    });
  }
  return out;
}

/** Earlier recommendations that read like this one (at most `limit`), most alike first. */
export async function suggestRepeats(recommendationId: string, limit = SUGGESTION_LIMIT) {
  return (await suggestRepeatsFor([recommendationId], limit)).get(recommendationId) ?? [];
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= EXCERPT) return t;
  const cut = t.slice(0, EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
