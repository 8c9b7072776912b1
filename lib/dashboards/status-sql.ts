// The status of every recommendation as recorded at a moment, computed in the
// database from the audit history (so "today" and "as of 3 April 2012" are the
// same query with a different date). One CTE, composed by the dashboard queries.
//
// Definitions (docs/decisions/004-dashboard-definitions.md):
// - a recommendation counts from the moment its creation was recorded;
// - state lens: the last recorded status of its state response, else NO_RESPONSE;
// - independent lens: the most recent (by assessment date, then entry order)
//   non-withdrawn assessment, optionally of one assessor type, else NOT_YET_ASSESSED;
// - follow-ups: entries recorded and not withdrawn at that moment.
import { Prisma } from "@/lib/generated/prisma/client";

/** Latest value of a field of each entity, among the events in `ev`. */
const latest = (field: string) =>
  Prisma.raw(`(array_agg(changes->'${field}'->>'to' ORDER BY seq DESC) FILTER (WHERE changes ? '${field}'))[1]`);

export function statusCte(asOf: Date, assessor: string | null): Prisma.Sql {
  return Prisma.sql`
  ev AS (SELECT seq, occurred_at, action, entity_type, entity_id, recommendation_id, changes FROM audit_events WHERE occurred_at <= (${asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC')),
  recs AS (SELECT DISTINCT entity_id AS id FROM ev WHERE entity_type = 'Recommendation' AND action = 'create'),
  resp AS (
    SELECT DISTINCT ON (recommendation_id) recommendation_id, changes->'status'->>'to' AS status
    FROM ev WHERE entity_type = 'StateResponse' AND changes ? 'status'
    ORDER BY recommendation_id, seq DESC),
  assess AS (
    SELECT entity_id, recommendation_id, ${latest("status")} AS status, ${latest("assessedOn")} AS assessed_on,
           ${latest("assessorType")} AS assessor_type, ${latest("withdrawnAt")} AS withdrawn_at, min(seq) AS created_seq
    FROM ev WHERE entity_type = 'Assessment' GROUP BY entity_id, recommendation_id),
  indep AS (
    SELECT DISTINCT ON (recommendation_id) recommendation_id, status, assessed_on
    FROM assess WHERE withdrawn_at IS NULL AND (${assessor}::text IS NULL OR assessor_type = ${assessor})
    ORDER BY recommendation_id, assessed_on DESC, created_seq DESC),
  fu AS (
    SELECT entity_id, recommendation_id, ${latest("withdrawnAt")} AS withdrawn_at, ${latest("actionDate")} AS action_date, min(occurred_at) AS recorded_at
    FROM ev WHERE entity_type = 'FollowUp' GROUP BY entity_id, recommendation_id),
  fu_live AS (SELECT * FROM fu WHERE withdrawn_at IS NULL),
  fu_agg AS (
    SELECT recommendation_id, count(*) AS n, max(action_date) AS last_action FROM fu_live GROUP BY recommendation_id),
  assess_last AS (
    SELECT recommendation_id, max(assessed_on) AS last_assessed FROM assess WHERE withdrawn_at IS NULL GROUP BY recommendation_id),
  links AS (
    SELECT DISTINCT ON (entity_id) entity_id, recommendation_id, split_part(entity_id, ':', 2) AS institution_id, action
    FROM ev WHERE entity_type = 'RecommendationInstitution' ORDER BY entity_id, seq DESC),
  status AS (
    SELECT r.id, rec.cycle_id, rec.priority::text AS priority, rec.section_id, rec.label, rec."order",
           COALESCE(resp.status, 'NO_RESPONSE') AS state,
           COALESCE(indep.status, 'NOT_YET_ASSESSED') AS independent,
           COALESCE(fu_agg.n, 0) AS follow_ups, fu_agg.last_action, assess_last.last_assessed
    FROM recs r
    JOIN recommendations rec ON rec.id = r.id
    LEFT JOIN resp ON resp.recommendation_id = r.id
    LEFT JOIN indep ON indep.recommendation_id = r.id
    LEFT JOIN fu_agg ON fu_agg.recommendation_id = r.id
    LEFT JOIN assess_last ON assess_last.recommendation_id = r.id)`;
}
