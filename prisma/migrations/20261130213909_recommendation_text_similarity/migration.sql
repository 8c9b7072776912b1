-- Text similarity between recommendations ("reads like an earlier one"), on PostgreSQL and PGlite alike.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text compared: lead-in and text reduced to their distinct English word stems (PostgreSQL's built-in
-- 'english' text-search configuration: lower case, no punctuation, no stop words such as "the", "should", which
-- share trigrams with everything and drown the signal; "registering" and "registration" meet). IMMUTABLE so it
-- can be indexed; the index below is on this expression, so queries call it exactly like this
-- (lib/links/similar.ts).
CREATE OR REPLACE FUNCTION recommendation_similarity_text(lead_in text, body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(tsvector_to_array(
    to_tsvector('english'::regconfig, coalesce(lead_in, '') || ' ' || coalesce(body, ''))), ' ')
$$;

-- Expression index: kept in SQL only (Prisma's schema language cannot express it; its schema diff ignores
-- expression indexes, so the drift test stays green).
CREATE INDEX "recommendations_similarity_trgm_idx" ON "recommendations"
  USING gin (recommendation_similarity_text("lead_in", "text") gin_trgm_ops);
