// "Reads like an earlier recommendation": candidates for a repeat link, found
// by trigram similarity (pg_trgm, on PostgreSQL and PGlite alike) of the
// distinct word stems of lead-in and text (recommendation_similarity_text and
// its GIN index: migration …_recommendation_text_similarity).
//
// Comparing one text with every earlier one of its country costs about a
// millisecond per text, so the result is kept per recommendation
// (recommendation_similar_cache) with a stamp of what it was computed from:
// its own text, and the number and latest change of the earlier texts and
// cycles of its country. A page reads the cache (one indexed row) and
// recomputes only when the stamp moved. Links are applied when reading, so a
// suggestion disappears as soon as it is linked.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";

/**
 * Below this, texts merely share the vocabulary of election reports. Measured on
 * the seed: unrelated 2011 recommendations score at most 0.29 against each other
 * and the 2005/2007 texts at most 0.20 against any 2011 one, while paraphrases of
 * 2011 recommendations score 0.34–0.58 against them. `%` pre-filters at pg_trgm's
 * default of 0.3 (through the index), so this must not be lower than 0.3.
 */
export const SIMILARITY_THRESHOLD = 0.32;
export const SUGGESTION_LIMIT = 5;
/** Kept per recommendation: enough to still show five after a few of them are linked. */
const CACHED = 12;
const MAX_IDS = 200;
const EXCERPT = 240;
/** Part of every stamp: change it when the measure or the threshold changes, and every cache row is recomputed. */
const ALGORITHM = "stems-trgm-v1";

export interface RepeatSuggestion {
  id: string;
  label: string;
  excerpt: string;
  cycle: { year: number; title: string; slug: string };
  /** Trigram similarity of the normalised texts, from SIMILARITY_THRESHOLD to 1. */
  similarity: number;
}

type Candidate = { id: string; similarity: number };

const isId = (id: string) => /^[a-z0-9]{20,40}$/.test(id);

/** What each recommendation's suggestions depend on; null for an unknown id. */
async function stamps(ids: string[]): Promise<Map<string, string>> {
  const db = await prisma();
  const rows = await db.$queryRaw<{ id: string; stamp: string }[]>`
    SELECT me.id, concat_ws('|', ${ALGORITHM}::text, me.updated_at, mc.updated_at, mc.country_id, mc.year,
             count(c.id), max(c.updated_at), max(cc.updated_at)) AS stamp
    FROM recommendations me JOIN election_cycles mc ON mc.id = me.cycle_id
    LEFT JOIN election_cycles cc ON cc.country_id = mc.country_id AND cc.year < mc.year
    LEFT JOIN recommendations c ON c.cycle_id = cc.id
    WHERE me.id IN (${Prisma.join(ids)})
    GROUP BY me.id, mc.id`;
  return new Map(rows.map((r) => [r.id, r.stamp]));
}

/** The closest earlier texts of the same country (an earlier year: the rule a link must follow), computed now. */
async function compute(ids: string[]): Promise<Map<string, Candidate[]>> {
  const db = await prisma();
  const rows = await db.$queryRaw<{ forId: string; id: string; similarity: number }[]>`
    WITH me AS (
      SELECT r.id, recommendation_similarity_text(r.lead_in, r.text) AS norm, cy.country_id, cy.year
      FROM recommendations r JOIN election_cycles cy ON cy.id = r.cycle_id
      WHERE r.id IN (${Prisma.join(ids)}))
    SELECT me.id AS "forId", s.id, s.similarity FROM me CROSS JOIN LATERAL (
      SELECT c.id, similarity(recommendation_similarity_text(c.lead_in, c.text), me.norm)::float8 AS similarity
      FROM recommendations c JOIN election_cycles cc ON cc.id = c.cycle_id
      WHERE recommendation_similarity_text(c.lead_in, c.text) % me.norm
        AND similarity(recommendation_similarity_text(c.lead_in, c.text), me.norm) >= ${SIMILARITY_THRESHOLD}
        AND cc.country_id = me.country_id AND cc.year < me.year
      ORDER BY similarity DESC, cc.year DESC, c."order", c.id
      LIMIT ${CACHED}) s`;
  const out = new Map<string, Candidate[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.forId)?.push({ id: r.id, similarity: Math.round(r.similarity * 1000) / 1000 });
  return out;
}

/** Cached candidates, recomputed (and stored) for those whose stamp moved. */
async function candidates(ids: string[]): Promise<Map<string, Candidate[]>> {
  const db = await prisma();
  const [current, cached] = await Promise.all([
    stamps(ids),
    db.recommendationSimilarCache.findMany({
      where: { recommendationId: { in: ids } },
      select: { recommendationId: true, stamp: true, candidates: true },
    }),
  ]);
  const out = new Map<string, Candidate[]>();
  for (const c of cached) {
    if (current.get(c.recommendationId) === c.stamp) out.set(c.recommendationId, c.candidates as Candidate[]);
  }
  const stale = [...current.keys()].filter((id) => !out.has(id));
  if (stale.length === 0) return out;
  const fresh = await compute(stale);
  for (const id of stale) {
    const list = fresh.get(id) ?? [];
    out.set(id, list);
    const data = { stamp: current.get(id)!, candidates: list, computedAt: new Date() };
    // Two requests may compute the same row at once: the last write wins, both are right.
    await db.recommendationSimilarCache.upsert({
      where: { recommendationId: id },
      create: { recommendationId: id, ...data },
      update: data,
    });
  }
  return out;
}

/**
 * For each of the given recommendations, up to `limit` recommendations of
 * earlier cycles of the same country that read alike, most alike first.
 * Recommendations it is already linked to, directly or through a chain of
 * earlier links, are left out. Unknown ids get an empty list. For pages that
 * show many items at once (the report-text import's result).
 */
export async function suggestRepeatsFor(
  ids: string[],
  limit = SUGGESTION_LIMIT,
): Promise<Map<string, RepeatSuggestion[]>> {
  const wanted = [...new Set(ids.filter(isId))].slice(0, MAX_IDS);
  const out = new Map<string, RepeatSuggestion[]>(ids.map((id) => [id, []]));
  if (wanted.length === 0) return out;
  const take = Math.min(Math.max(1, Math.trunc(limit)), CACHED);
  const found = await candidates(wanted);
  const all = [...new Set([...found.values()].flat().map((c) => c.id))];
  if (all.length === 0) return out;
  const db = await prisma();
  const [details, linked] = await Promise.all([
    db.$queryRaw<{ id: string; label: string; excerpt: string; year: number; title: string; slug: string }[]>`
      SELECT c.id, c.label, left(c.text, ${EXCERPT + 1}) AS excerpt, cc.year, cc.title, cc.slug
      FROM recommendations c JOIN election_cycles cc ON cc.id = c.cycle_id WHERE c.id IN (${Prisma.join(all)})`,
    db.$queryRaw<{ origin: string; node: string }[]>`
      WITH RECURSIVE linked AS (
        SELECT l.from_id AS origin, l.to_id AS node, 1 AS depth FROM recommendation_links l
        WHERE l.from_id IN (${Prisma.join(wanted)})
        UNION
        SELECT k.origin, l.to_id, k.depth + 1 FROM linked k JOIN recommendation_links l ON l.from_id = k.node
        WHERE k.depth < 20)
      SELECT DISTINCT origin, node FROM linked`,
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  const taken = new Set(linked.map((l) => `${l.origin}>${l.node}`));
  for (const id of wanted) {
    const list = (found.get(id) ?? []).flatMap((c) => {
      const d = byId.get(c.id);
      if (!d || taken.has(`${id}>${c.id}`)) return [];
      const cycle = { year: d.year, title: d.title, slug: d.slug };
      return [{ id: d.id, label: d.label, excerpt: shorten(d.excerpt), cycle, similarity: c.similarity }];
    });
    out.set(id, list.slice(0, take));
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
