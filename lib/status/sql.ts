// The status of each recommendation at a moment, in the database: one CTE,
// composed by every figure (dashboards, lists, cycle pages, reports, exports,
// the API). Definitions (docs/decisions/005):
// - a recommendation counts when it is recorded (at `asOf`);
// - state lens: its latest non-withdrawn response dated by `on` (latestFirst), else NO_RESPONSE;
// - independent lens: its latest non-withdrawn assessment dated by `on`, of one
//   assessor type if asked, else NOT_YET_ASSESSED;
// - follow-ups: non-withdrawn entries dated by `on`; internal entries never count.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessorType } from "@/lib/vocab";
import type { Moment } from "./moment";
import { datedBy, latestFirst, source } from "./sources";

export interface StatusOptions {
  assessor?: AssessorType | null;
}

/**
 * Which recommendations: of some cycles, some recommendations, or the ids a
 * subquery selects (`idsFrom`, e.g. the recommendations a search found; it may
 * name items of the same WITH clause written before this CTE), or those given a theme (lib/themes), across
 * cycles, or those of some cycles given a theme (a cycle's theme breakdown). Theme membership is read as it is
 * now, whatever the moment (it has no versions table).
 */
export type Scope =
  { cycleIds: string[]; themeId?: string } | { ids: string[] } | { idsFrom: Prisma.Sql } | { themeId: string };

const themeWhere = (themeId: string) =>
  Prisma.sql`r.id IN (SELECT t.recommendation_id FROM recommendation_themes t WHERE t.theme_id = ${themeId})`;

function scopeWhere(scope: Scope): Prisma.Sql {
  if ("idsFrom" in scope) return Prisma.sql`r.id IN (${scope.idsFrom})`;
  if ("ids" in scope)
    return scope.ids.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`r.id IN (${Prisma.join(scope.ids)})`;
  if (!("cycleIds" in scope)) return themeWhere(scope.themeId);
  if (scope.cycleIds.length === 0) return Prisma.sql`FALSE`;
  const cycles = Prisma.sql`r.cycle_id IN (${Prisma.join(scope.cycleIds)})`;
  return scope.themeId ? Prisma.sql`${cycles} AND ${themeWhere(scope.themeId)}` : cycles;
}

/** `WITH` items ending in `status` (one row per recommendation in scope). */
export function statusCte(m: Moment, scope: Scope, o: StatusOptions = {}): Prisma.Sql {
  const assessor = o.assessor ?? null;
  return Prisma.sql`
  rec AS (SELECT r.* FROM ${source("recommendations", m)} r WHERE ${scopeWhere(scope)}),
  resp AS (
    SELECT DISTINCT ON (x.recommendation_id) x.recommendation_id, x.id, x.status::text AS status
    FROM ${source("state_responses", m)} x JOIN rec ON rec.id = x.recommendation_id
    WHERE x.withdrawn_at IS NULL AND ${datedBy("x", m)}
    ORDER BY x.recommendation_id, ${latestFirst("x")}),
  assess AS (
    SELECT x.* FROM ${source("assessments", m)} x JOIN rec ON rec.id = x.recommendation_id
    WHERE x.withdrawn_at IS NULL AND ${datedBy("x", m)}),
  indep AS (
    SELECT DISTINCT ON (x.recommendation_id) x.recommendation_id, x.id, x.status::text AS status
    FROM assess x WHERE (${assessor}::text IS NULL OR x.assessor_type::text = ${assessor})
    ORDER BY x.recommendation_id, ${latestFirst("x")}),
  assess_last AS (SELECT recommendation_id, max(date_to) AS last_assessed FROM assess GROUP BY recommendation_id),
  fu AS (
    SELECT x.recommendation_id, x.id, x.date_to FROM ${source("follow_ups", m)} x JOIN rec ON rec.id = x.recommendation_id
    WHERE x.withdrawn_at IS NULL AND NOT x.internal AND ${datedBy("x", m)}),
  fu_agg AS (SELECT recommendation_id, count(*)::int AS n, max(date_to) AS last_action FROM fu GROUP BY recommendation_id),
  assigned AS (
    SELECT x.recommendation_id, x.institution_id FROM ${source("recommendation_institutions", m)} x
    JOIN rec ON rec.id = x.recommendation_id WHERE ${datedBy("x", m)}),
  status AS (
    SELECT rec.id, rec.cycle_id, rec.priority::text AS priority, rec.section_id, rec.label, rec."order",
           COALESCE(resp.status, 'NO_RESPONSE') AS state, resp.id AS response_id,
           COALESCE(indep.status, 'NOT_YET_ASSESSED') AS independent, indep.id AS assessment_id,
           COALESCE(fu_agg.n, 0) AS follow_ups, fu_agg.last_action, assess_last.last_assessed
    FROM rec
    LEFT JOIN resp ON resp.recommendation_id = rec.id
    LEFT JOIN indep ON indep.recommendation_id = rec.id
    LEFT JOIN fu_agg ON fu_agg.recommendation_id = rec.id
    LEFT JOIN assess_last ON assess_last.recommendation_id = rec.id)`;
}
