-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "ElectionType" AS ENUM ('PRESIDENTIAL', 'PARLIAMENTARY', 'LOCAL', 'REFERENDUM');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('FINAL_REPORT', 'PRELIMINARY_STATEMENT', 'PRESS_RELEASE', 'GOVERNMENT_COMMENTS', 'STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('PRIORITY', 'OTHER', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "StateResponseStatus" AS ENUM ('IMPLEMENTED', 'AT_STAGE_OF_IMPLEMENTATION', 'ACCEPTED_IN_PART', 'REQUIRES_FURTHER_STUDY', 'CANNOT_BE_ACCEPTED', 'NO_RESPONSE');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('FULLY_IMPLEMENTED', 'MOSTLY_IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED', 'NOT_YET_ASSESSED');

-- CreateEnum
CREATE TYPE "AssessorType" AS ENUM ('ODIHR_MISSION', 'OTHER_OBSERVER', 'CIVIL_SOCIETY', 'INTERNAL_REVIEW');

-- CreateEnum
CREATE TYPE "TextVerification" AS ENUM ('VERIFIED', 'NEEDS_VERIFICATION');

-- CreateEnum
CREATE TYPE "RecommendationLinkKind" AS ENUM ('REPEATS', 'BUILDS_ON');

-- CreateTable
CREATE TABLE "countries" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "election_cycles" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "country_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "election_type" "ElectionType" NOT NULL,
    "title" TEXT NOT NULL,
    "election_date" DATE NOT NULL,
    "is_early" BOOLEAN NOT NULL DEFAULT false,
    "final_report_title" TEXT,
    "final_report_date" DATE,
    "final_report_place" TEXT,
    "final_report_url" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "election_cycles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issued_on" DATE,
    "place" TEXT,
    "source_url" TEXT,
    "source_file" TEXT,
    "full_text" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cycle_claims" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "claimant" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "quote" TEXT,
    "value" INTEGER,
    "out_of" INTEGER,
    "document_id" TEXT,
    "location" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cycle_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_sections" (
    "id" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lead_in" TEXT,
    "priority" "Priority" NOT NULL DEFAULT 'UNSPECIFIED',
    "order" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "report_sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendations" (
    "id" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "section_id" TEXT,
    "label" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "letter" TEXT,
    "order" INTEGER NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'UNSPECIFIED',
    "lead_in" TEXT,
    "text" TEXT NOT NULL,
    "text_verification" "TextVerification" NOT NULL DEFAULT 'VERIFIED',
    "source_document_id" TEXT,
    "source_location" TEXT,
    "source_url" TEXT,
    "provenance" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recommendations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation_links" (
    "id" TEXT NOT NULL,
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "kind" "RecommendationLinkKind" NOT NULL,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recommendation_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "state_responses" (
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "status" "StateResponseStatus" NOT NULL,
    "text" TEXT,
    "status_sentence" TEXT,
    "responded_on" DATE,
    "document_id" TEXT,
    "location" TEXT,
    "source_url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "state_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessments" (
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL,
    "assessor_type" "AssessorType" NOT NULL,
    "assessor_name" TEXT,
    "assessed_on" DATE NOT NULL,
    "rationale" TEXT NOT NULL,
    "document_id" TEXT,
    "location" TEXT,
    "source_url" TEXT,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawal_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institutions" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institutions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation_institutions" (
    "recommendation_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_institutions_pkey" PRIMARY KEY ("recommendation_id","institution_id")
);

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "action_date" DATE NOT NULL,
    "action_taken" TEXT NOT NULL,
    "institution_id" TEXT,
    "evidence_document_id" TEXT,
    "evidence_location" TEXT,
    "evidence_url" TEXT,
    "next_step" TEXT,
    "target_date" DATE,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawal_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_credentials" (
    "user_id" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "password_credentials_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "invites" (
    "id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "invites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "last_failure_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "seq" INTEGER NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "cycle_id" TEXT,
    "recommendation_id" TEXT,
    "changes" JSONB NOT NULL,
    "reason" TEXT,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "countries_code_key" ON "countries"("code");

-- CreateIndex
CREATE UNIQUE INDEX "election_cycles_slug_key" ON "election_cycles"("slug");

-- CreateIndex
CREATE INDEX "election_cycles_country_id_idx" ON "election_cycles"("country_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_cycles_country_id_year_election_type_key" ON "election_cycles"("country_id", "year", "election_type");

-- CreateIndex
CREATE UNIQUE INDEX "documents_slug_key" ON "documents"("slug");

-- CreateIndex
CREATE INDEX "documents_cycle_id_idx" ON "documents"("cycle_id");

-- CreateIndex
CREATE UNIQUE INDEX "cycle_claims_key_key" ON "cycle_claims"("key");

-- CreateIndex
CREATE INDEX "cycle_claims_cycle_id_idx" ON "cycle_claims"("cycle_id");

-- CreateIndex
CREATE INDEX "cycle_claims_document_id_idx" ON "cycle_claims"("document_id");

-- CreateIndex
CREATE INDEX "report_sections_parent_id_idx" ON "report_sections"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_sections_cycle_id_key_key" ON "report_sections"("cycle_id", "key");

-- CreateIndex
CREATE INDEX "recommendations_section_id_idx" ON "recommendations"("section_id");

-- CreateIndex
CREATE INDEX "recommendations_source_document_id_idx" ON "recommendations"("source_document_id");

-- CreateIndex
CREATE INDEX "recommendations_cycle_id_order_idx" ON "recommendations"("cycle_id", "order");

-- CreateIndex
CREATE UNIQUE INDEX "recommendations_cycle_id_label_key" ON "recommendations"("cycle_id", "label");

-- CreateIndex
CREATE INDEX "recommendation_links_to_id_idx" ON "recommendation_links"("to_id");

-- CreateIndex
CREATE INDEX "recommendation_links_created_by_id_idx" ON "recommendation_links"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "recommendation_links_from_id_to_id_key" ON "recommendation_links"("from_id", "to_id");

-- CreateIndex
CREATE UNIQUE INDEX "state_responses_recommendation_id_key" ON "state_responses"("recommendation_id");

-- CreateIndex
CREATE INDEX "state_responses_document_id_idx" ON "state_responses"("document_id");

-- CreateIndex
CREATE INDEX "state_responses_updated_by_id_idx" ON "state_responses"("updated_by_id");

-- CreateIndex
CREATE INDEX "state_responses_status_idx" ON "state_responses"("status");

-- CreateIndex
CREATE INDEX "assessments_recommendation_id_assessor_type_assessed_on_idx" ON "assessments"("recommendation_id", "assessor_type", "assessed_on");

-- CreateIndex
CREATE INDEX "assessments_document_id_idx" ON "assessments"("document_id");

-- CreateIndex
CREATE INDEX "assessments_created_by_id_idx" ON "assessments"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "institutions_name_key" ON "institutions"("name");

-- CreateIndex
CREATE INDEX "recommendation_institutions_institution_id_idx" ON "recommendation_institutions"("institution_id");

-- CreateIndex
CREATE INDEX "follow_ups_recommendation_id_action_date_idx" ON "follow_ups"("recommendation_id", "action_date");

-- CreateIndex
CREATE INDEX "follow_ups_institution_id_idx" ON "follow_ups"("institution_id");

-- CreateIndex
CREATE INDEX "follow_ups_evidence_document_id_idx" ON "follow_ups"("evidence_document_id");

-- CreateIndex
CREATE INDEX "follow_ups_created_by_id_idx" ON "follow_ups"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "invites_token_hash_key" ON "invites"("token_hash");

-- CreateIndex
CREATE INDEX "invites_created_by_id_idx" ON "invites"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_hash_key" ON "audit_events"("hash");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_recommendation_id_occurred_at_idx" ON "audit_events"("recommendation_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_cycle_id_occurred_at_idx" ON "audit_events"("cycle_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events"("actor_id");

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"("occurred_at");

-- AddForeignKey
ALTER TABLE "election_cycles" ADD CONSTRAINT "election_cycles_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "election_cycles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cycle_claims" ADD CONSTRAINT "cycle_claims_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "election_cycles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cycle_claims" ADD CONSTRAINT "cycle_claims_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_sections" ADD CONSTRAINT "report_sections_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "election_cycles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_sections" ADD CONSTRAINT "report_sections_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "report_sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "election_cycles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "report_sections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_links" ADD CONSTRAINT "recommendation_links_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_links" ADD CONSTRAINT "recommendation_links_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_links" ADD CONSTRAINT "recommendation_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_responses" ADD CONSTRAINT "state_responses_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_responses" ADD CONSTRAINT "state_responses_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_responses" ADD CONSTRAINT "state_responses_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_institutions" ADD CONSTRAINT "recommendation_institutions_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_institutions" ADD CONSTRAINT "recommendation_institutions_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_evidence_document_id_fkey" FOREIGN KEY ("evidence_document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_credentials" ADD CONSTRAINT "password_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
