-- Hand-written: full-text search (lib/search/queries.ts). The 'simple'
-- configuration (lower-casing, no stemming) because texts are English, Russian
-- and Kazakh and no single dictionary fits them all. Expression indexes: the
-- queries repeat each expression exactly so the planner can use the index.
CREATE INDEX "recommendations_fts_idx" ON "recommendations"
  USING GIN (to_tsvector('simple', coalesce("lead_in", '') || ' ' || "text"));
CREATE INDEX "state_responses_fts_idx" ON "state_responses"
  USING GIN (to_tsvector('simple', coalesce("text", '') || ' ' || coalesce("status_sentence", '')));
CREATE INDEX "assessments_fts_idx" ON "assessments"
  USING GIN (to_tsvector('simple', "rationale"));
CREATE INDEX "follow_ups_fts_idx" ON "follow_ups"
  USING GIN (to_tsvector('simple', "action_taken" || ' ' || coalesce("next_step", '')));
CREATE INDEX "documents_fts_idx" ON "documents"
  USING GIN (to_tsvector('simple', "title" || ' ' || coalesce("full_text", '')));
