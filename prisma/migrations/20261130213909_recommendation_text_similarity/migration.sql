-- Text similarity between recommendations ("reads like an earlier one"), on PostgreSQL and PGlite alike.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text compared: lead-in and text, lower-cased, without the commonest English words (they share trigrams
-- with everything and drown the signal) and without punctuation. IMMUTABLE so it can be indexed; the index
-- below is on this expression, so queries must call it exactly like this (lib/links/similar.ts).
CREATE OR REPLACE FUNCTION recommendation_similarity_text(lead_in text, body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(
    lower(coalesce(lead_in, '') || ' ' || coalesce(body, '')),
    '\m(a|all|also|an|and|any|are|as|at|be|been|by|can|could|for|from|has|have|in|including|into|is|it|its|may|must|not|of|on|only|or|other|should|so|such|than|that|the|their|there|these|this|those|to|very|was|well|were|which|will|with|would)\M',
    ' ', 'g'), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- Expression index: kept in SQL only (Prisma's schema language cannot express it; its schema diff ignores
-- expression indexes, so the drift test stays green).
CREATE INDEX "recommendations_similarity_trgm_idx" ON "recommendations"
  USING gin (recommendation_similarity_text("lead_in", "text") gin_trgm_ops);
