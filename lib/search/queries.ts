// Full-text search across recommendation texts, the state's responses,
// assessments, follow-ups and documents (PostgreSQL full-text search, 'simple'
// configuration: texts are English, Russian and Kazakh, and no stemming
// dictionary fits all three). Each text expression below is exactly the one
// indexed by the migration full_text_search, so the GIN indexes are used.
// Withdrawn entries never match; internal follow-ups only for those who may
// read them. Status filters come from lib/status (never recomputed here).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { statusRows } from "@/lib/status/figures";
import { NOW } from "@/lib/status/moment";
import { statusCte } from "@/lib/status/sql";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { MARK_END, MARK_START, SEARCH_PAGE_SIZE, type HitKind, type SearchFilter } from "./schema";

const raw = Prisma.raw;
/** The searched text of each kind of record (alias `a`), as indexed. */
const TEXT = {
  recommendation: (a: string) => raw(`coalesce(${a}."lead_in", '') || ' ' || ${a}."text"`),
  response: (a: string) => raw(`coalesce(${a}."text", '') || ' ' || coalesce(${a}."status_sentence", '')`),
  assessment: (a: string) => raw(`${a}."rationale"`),
  followUp: (a: string) => raw(`${a}."action_taken" || ' ' || coalesce(${a}."next_step", '')`),
  document: (a: string) => raw(`${a}."title" || ' ' || coalesce(${a}."full_text", '')`),
} satisfies Record<HitKind, (a: string) => Prisma.Sql>;
const vec = (kind: HitKind, a: string) => Prisma.sql`to_tsvector('simple', ${TEXT[kind](a)})`;
const KIND_ORDER: Record<HitKind, number> = { recommendation: 0, response: 1, assessment: 2, followUp: 3, document: 4 };

/** At most this many matches of each kind are ranked: ranking re-reads each matching text (see hitsCte). */
export const RANKED_PER_KIND = 500;

interface HitsOptions {
  /** Rank (the search page) or not (the API's `q=` filter only needs the ids). */
  rank: boolean;
  /** Country and cycle filters, applied before ranking: a search within a cycle ranks only that cycle's texts. */
  scope?: Pick<SearchFilter, "country" | "cycle">;
}

/**
 * `hits` (kind, kind_order, entry_id, recommendation_id, cycle_id, rank, kind_hits): the matching texts, as WITH
 * items after `query` (the parsed tsquery). Ranks are divided by the text's length (flag 2): a short
 * recommendation that says it outranks a long document that mentions it. Ranking parses each matching text again,
 * so when ranking, each kind keeps at most RANKED_PER_KIND matches (`kind_hits` tells how many it kept: the page
 * says when a kind was cut, and the search should be narrowed).
 */
function hitsCte(q: string, includeInternal: boolean, o: HitsOptions): Prisma.Sql {
  const rank = (kind: HitKind, a: string) =>
    o.rank ? Prisma.sql`ts_rank(${vec(kind, a)}, query.tsq, 2)` : Prisma.sql`0::real`;
  const scoped = (cycleId: Prisma.Sql) =>
    o.scope?.cycle || o.scope?.country
      ? Prisma.sql`AND ${cycleId} IN (SELECT sc.id FROM election_cycles sc JOIN countries sco ON sco.id = sc.country_id
          WHERE (${o.scope.cycle ?? null}::text IS NULL OR sc.slug = ${o.scope.cycle ?? null})
            AND (${o.scope.country ?? null}::text IS NULL OR sco.code = ${o.scope.country ?? null}))`
      : Prisma.empty;
  const one = (kind: HitKind, from: Prisma.Sql, where: Prisma.Sql, a = "x") => {
    const cycleId = kind === "document" ? raw("x.cycle_id") : raw("r.cycle_id");
    const branch = Prisma.sql`
      SELECT ${kind}::text AS kind, ${KIND_ORDER[kind]}::int AS kind_order, ${raw(a)}.id AS entry_id,
             ${kind === "document" ? Prisma.sql`NULL::text` : raw(`${a === "r" ? "r.id" : "x.recommendation_id"}`)}
               AS recommendation_id,
             ${cycleId} AS cycle_id, ${rank(kind, a)} AS rank
      FROM ${from} CROSS JOIN query WHERE ${vec(kind, a)} @@ query.tsq AND ${where} ${scoped(cycleId)}
      ${o.rank ? Prisma.sql`LIMIT ${RANKED_PER_KIND}` : Prisma.empty}`;
    return Prisma.sql`(SELECT b.*, count(*) OVER () AS kind_hits FROM (${branch}) b)`;
  };
  const visible = Prisma.sql`x.withdrawn_at IS NULL AND (${includeInternal} OR NOT x.internal)`;
  const viaRec = (table: string) => raw(`${table} x JOIN recommendations r ON r.id = x.recommendation_id`);
  return Prisma.sql`
  query AS (SELECT websearch_to_tsquery('simple', ${q}) AS tsq),
  hits AS (
    ${one("recommendation", raw("recommendations r"), Prisma.sql`TRUE`, "r")}
    UNION ALL ${one("response", viaRec("state_responses"), Prisma.sql`x.withdrawn_at IS NULL`)}
    UNION ALL ${one("assessment", viaRec("assessments"), Prisma.sql`x.withdrawn_at IS NULL`)}
    UNION ALL ${one("followUp", viaRec("follow_ups"), visible)}
    UNION ALL ${one("document", raw("documents x"), Prisma.sql`TRUE`)})`;
}

/**
 * The ids of recommendations one of whose texts (own text, responses,
 * assessments, follow-ups) matches `q`, as a subquery for `r.id IN (…)`
 * (the API's `q=` filter). Same rules as the search page, every match (nothing ranked, nothing cut).
 */
export function recommendationsMatching(q: string, includeInternal: boolean): Prisma.Sql {
  return Prisma.sql`WITH ${hitsCte(q, includeInternal, { rank: false })}
    SELECT recommendation_id FROM hits WHERE recommendation_id IS NOT NULL`;
}

function filterConditions(f: SearchFilter): Prisma.Sql[] {
  const cond: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.country) cond.push(Prisma.sql`co.code = ${f.country}`);
  if (f.cycle) cond.push(Prisma.sql`c.slug = ${f.cycle}`);
  // Topics count under their section; documents belong to no section.
  if (f.section) cond.push(Prisma.sql`(sec.key = ${f.section} OR psec.key = ${f.section})`);
  if (f.institution)
    cond.push(Prisma.sql`(EXISTS (SELECT 1 FROM recommendation_institutions ri
        WHERE ri.recommendation_id = h.recommendation_id AND ri.institution_id = ${f.institution})
      OR EXISTS (SELECT 1 FROM follow_ups fx WHERE h.kind = 'followUp' AND fx.id = h.entry_id
        AND fx.institution_id = ${f.institution}))`);
  if (f.theme)
    cond.push(Prisma.sql`EXISTS (SELECT 1 FROM recommendation_themes rt
        WHERE rt.recommendation_id = h.recommendation_id AND rt.theme_id = ${f.theme})`);
  if (f.status) cond.push(Prisma.sql`s.state = ${f.status}`);
  if (f.independent) cond.push(Prisma.sql`s.independent = ${f.independent}`);
  return cond;
}

export interface SearchHit {
  kind: HitKind;
  entryId: string;
  rank: number;
  /** The matched text with matches between MARK_START and MARK_END (plain text, never HTML). */
  snippet: string;
  cycle: { slug: string; year: number; title: string; countryName: string };
  recommendation: {
    id: string;
    label: string;
    section: string | null;
    state: StateResponseStatus;
    independent: AssessmentStatus;
  } | null;
  document: { slug: string; title: string } | null;
  /** An internal follow-up note (found only by editors and admins). */
  internal: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Some kind of text had more than RANKED_PER_KIND matches: only that many of it were ranked and counted. */
  capped: boolean;
  page: number;
  pages: number;
}

type Row = {
  kind: HitKind;
  entry_id: string;
  recommendation_id: string | null;
  rank: number;
  total: number;
  capped: boolean;
  snippet: string | null;
  cycle_slug: string;
  cycle_year: number;
  cycle_title: string;
  country_name: string;
  label: string | null;
  section_title: string | null;
  doc_slug: string | null;
  doc_title: string | null;
  internal: boolean;
};

const HEADLINE_OPTIONS = [
  `StartSel=${MARK_START}`,
  `StopSel=${MARK_END}`,
  "MaxWords=40",
  "MinWords=15",
  "MaxFragments=2",
  'FragmentDelimiter=" … "',
].join(", ");
/** The status CTE (lib/status) over the recommendations that have hits, for the status filters. */
const hitStatus = () => statusCte(NOW, { idsFrom: Prisma.sql`SELECT recommendation_id FROM hits` });

/** One page of hits, best first (then by kind and entry: a stable order for paging). */
export async function search(
  q: string,
  filter: SearchFilter,
  opts: { page?: number; includeInternal: boolean; pageSize?: number },
): Promise<SearchResult> {
  const page = opts.page ?? 1;
  const size = opts.pageSize ?? SEARCH_PAGE_SIZE;
  if (!q.trim()) return { hits: [], total: 0, capped: false, page, pages: 0 };
  const db = await prisma();
  const byStatus = Boolean(filter.status || filter.independent);
  const rows = await db.$queryRaw<Row[]>`
    WITH ${hitsCte(q, opts.includeInternal, { rank: true, scope: filter })},
    ${byStatus ? Prisma.sql`${hitStatus()},` : Prisma.empty}
    filtered AS (
      SELECT h.*, c.slug AS cycle_slug, c.year AS cycle_year, c.title AS cycle_title, co.name AS country_name,
             r.label, sec.title AS section_title, count(*) OVER () AS total,
             max(h.kind_hits) OVER () >= ${RANKED_PER_KIND} AS capped
      FROM hits h
      JOIN election_cycles c ON c.id = h.cycle_id JOIN countries co ON co.id = c.country_id
      LEFT JOIN recommendations r ON r.id = h.recommendation_id
      LEFT JOIN report_sections sec ON sec.id = r.section_id
      LEFT JOIN report_sections psec ON psec.id = sec.parent_id
      ${byStatus ? Prisma.sql`JOIN status s ON s.id = h.recommendation_id` : Prisma.empty}
      WHERE ${Prisma.join(filterConditions(filter), " AND ")}
      ORDER BY h.rank DESC, h.kind_order, h.entry_id
      LIMIT ${size} OFFSET ${(page - 1) * size})
    SELECT p.kind, p.entry_id, p.recommendation_id, p.rank::float8 AS rank, p.total::int AS total, p.capped,
           p.cycle_slug,
           p.cycle_year, p.cycle_title, p.country_name, p.label, p.section_title,
           d.slug AS doc_slug, d.title AS doc_title, COALESCE(sf.internal, FALSE) AS internal,
           ts_headline('simple', CASE p.kind
               WHEN 'recommendation' THEN ${TEXT.recommendation("rr")}
               WHEN 'response' THEN ${TEXT.response("sr")}
               WHEN 'assessment' THEN ${TEXT.assessment("sa")}
               WHEN 'followUp' THEN ${TEXT.followUp("sf")}
               ELSE ${TEXT.document("d")} END, query.tsq, ${HEADLINE_OPTIONS}) AS snippet
    FROM filtered p CROSS JOIN query
    LEFT JOIN recommendations rr ON p.kind = 'recommendation' AND rr.id = p.entry_id
    LEFT JOIN state_responses sr ON p.kind = 'response' AND sr.id = p.entry_id
    LEFT JOIN assessments sa ON p.kind = 'assessment' AND sa.id = p.entry_id
    LEFT JOIN follow_ups sf ON p.kind = 'followUp' AND sf.id = p.entry_id
    LEFT JOIN documents d ON p.kind = 'document' AND d.id = p.entry_id
    ORDER BY p.rank DESC, p.kind_order, p.entry_id`;
  const total = rows[0]?.total ?? (page > 1 ? await countHits(q, filter, opts.includeInternal) : 0);
  const recIds = [...new Set(rows.map((r) => r.recommendation_id).filter((id): id is string => id !== null))];
  const status = new Map((await statusRows(NOW, { ids: recIds })).map((s) => [s.id, s]));
  return {
    total,
    capped: rows[0]?.capped ?? false,
    page,
    pages: Math.ceil(total / size),
    hits: rows.map((r) => {
      const s = r.recommendation_id ? status.get(r.recommendation_id) : undefined;
      return {
        kind: r.kind,
        entryId: r.entry_id,
        rank: r.rank,
        snippet: r.snippet ?? "",
        cycle: { slug: r.cycle_slug, year: r.cycle_year, title: r.cycle_title, countryName: r.country_name },
        recommendation:
          r.recommendation_id && r.label
            ? {
                id: r.recommendation_id,
                label: r.label,
                section: r.section_title,
                state: s?.state ?? "NO_RESPONSE",
                independent: s?.independent ?? "NOT_YET_ASSESSED",
              }
            : null,
        document: r.doc_slug && r.doc_title ? { slug: r.doc_slug, title: r.doc_title } : null,
        internal: r.internal,
      };
    }),
  };
}

/** The number of hits (for a page past the last one, whose query returns no row to carry the total). */
async function countHits(q: string, filter: SearchFilter, includeInternal: boolean): Promise<number> {
  const db = await prisma();
  const byStatus = Boolean(filter.status || filter.independent);
  const [row] = await db.$queryRaw<{ n: number }[]>`
    WITH ${hitsCte(q, includeInternal, { rank: true, scope: filter })}
    ${byStatus ? Prisma.sql`, ${hitStatus()}` : Prisma.empty}
    SELECT count(*)::int AS n FROM hits h
      JOIN election_cycles c ON c.id = h.cycle_id JOIN countries co ON co.id = c.country_id
      LEFT JOIN recommendations r ON r.id = h.recommendation_id
      LEFT JOIN report_sections sec ON sec.id = r.section_id
      LEFT JOIN report_sections psec ON psec.id = sec.parent_id
      ${byStatus ? Prisma.sql`JOIN status s ON s.id = h.recommendation_id` : Prisma.empty}
    WHERE ${Prisma.join(filterConditions(filter), " AND ")}`;
  return row?.n ?? 0;
}

/** Choices for the filters: countries, cycles, sections of the chosen cycle, institutions, themes. */
export async function searchFilterOptions(cycleSlug: string | undefined) {
  const db = await prisma();
  const [countries, cycles, sections, institutions, themes] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }).then(byName),
    db.electionCycle.findMany({
      select: { slug: true, year: true, title: true, country: { select: { code: true, name: true } } },
      orderBy: [{ country: { name: "asc" } }, { year: "asc" }, { slug: "asc" }],
    }),
    cycleSlug
      ? db.reportSection.findMany({
          where: { cycle: { slug: cycleSlug }, parentId: null },
          select: { key: true, title: true },
          orderBy: { order: "asc" },
        })
      : Promise.resolve([]),
    db.institution.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }).then(byName),
    db.theme.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }).then(byName),
  ]);
  return { countries, cycles, sections, institutions, themes };
}
export type SearchFilterOptions = Awaited<ReturnType<typeof searchFilterOptions>>;
