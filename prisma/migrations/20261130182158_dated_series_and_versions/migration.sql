-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'RANGE');

-- DropForeignKey
ALTER TABLE "state_responses" DROP CONSTRAINT "state_responses_updated_by_id_fkey";

-- DropIndex
DROP INDEX "assessments_recommendation_id_assessor_type_assessed_on_idx";

-- DropIndex
DROP INDEX "follow_ups_recommendation_id_action_date_idx";

-- DropIndex
DROP INDEX "state_responses_recommendation_id_key";

-- DropIndex
DROP INDEX "state_responses_status_idx";

-- DropIndex
DROP INDEX "state_responses_updated_by_id_idx";

-- Hand-edited: existing rows keep their dates (exact days become DAY spans) and
-- every undated state response gets the honest bound "not after the day it was
-- entered in the tracker", except the seeded 2011 CEC answers, whose bounds are
-- known (see docs/decisions/005). lib/db/upgrade.ts records these changes in
-- the audit history and builds the version rows after the migration.

-- AlterTable
ALTER TABLE "assessments"
ADD COLUMN     "date_from" DATE,
ADD COLUMN     "date_note" TEXT,
ADD COLUMN     "date_precision" "DatePrecision",
ADD COLUMN     "date_to" DATE,
ADD COLUMN     "entry_no" SERIAL NOT NULL;
UPDATE "assessments" SET "date_precision" = 'DAY', "date_from" = "assessed_on", "date_to" = "assessed_on";
ALTER TABLE "assessments" DROP COLUMN "assessed_on",
ALTER COLUMN "date_precision" SET NOT NULL,
ALTER COLUMN "date_to" SET NOT NULL;

-- AlterTable
ALTER TABLE "follow_ups"
ADD COLUMN     "date_from" DATE,
ADD COLUMN     "date_note" TEXT,
ADD COLUMN     "date_precision" "DatePrecision",
ADD COLUMN     "date_to" DATE,
ADD COLUMN     "entry_no" SERIAL NOT NULL;
UPDATE "follow_ups" SET "date_precision" = 'DAY', "date_from" = "action_date", "date_to" = "action_date";
ALTER TABLE "follow_ups" DROP COLUMN "action_date",
ALTER COLUMN "date_precision" SET NOT NULL,
ALTER COLUMN "date_to" SET NOT NULL;

-- AlterTable
ALTER TABLE "recommendation_institutions"
ADD COLUMN     "date_from" DATE,
ADD COLUMN     "date_note" TEXT,
ADD COLUMN     "date_precision" "DatePrecision",
ADD COLUMN     "date_to" DATE;
UPDATE "recommendation_institutions" SET "date_precision" = 'RANGE', "date_to" = "created_at"::date,
  "date_note" = 'Date of assignment not recorded; not after the day it was entered in the tracker.';
ALTER TABLE "recommendation_institutions"
ALTER COLUMN "date_precision" SET NOT NULL,
ALTER COLUMN "date_to" SET NOT NULL;

-- AlterTable
ALTER TABLE "state_responses"
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "date_from" DATE,
ADD COLUMN     "date_note" TEXT,
ADD COLUMN     "date_precision" "DatePrecision",
ADD COLUMN     "date_to" DATE,
ADD COLUMN     "entry_no" SERIAL NOT NULL,
ADD COLUMN     "withdrawal_reason" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);
UPDATE "state_responses" SET "created_by_id" = "updated_by_id";
UPDATE "state_responses" SET "date_precision" = 'DAY', "date_from" = "responded_on", "date_to" = "responded_on"
  WHERE "responded_on" IS NOT NULL;
UPDATE "state_responses" r SET "date_precision" = 'RANGE', "date_from" = DATE '2011-07-13', "date_to" = DATE '2011-09-30',
  "date_note" = 'Undated in our copy. The latest event it answers is dated 13 July 2011; Kazakhstan''s delegation referred to it at the OSCE Human Dimension Implementation Meeting on 30 September 2011.'
  FROM "documents" d
  WHERE r."responded_on" IS NULL AND d."id" = r."document_id" AND d."slug" = 'kz-2011-cec-comments';
UPDATE "state_responses" SET "date_precision" = 'RANGE', "date_to" = "created_at"::date,
  "date_note" = 'Date not recorded; not after the day it was entered in the tracker.'
  WHERE "date_precision" IS NULL;
ALTER TABLE "state_responses" DROP COLUMN "responded_on",
DROP COLUMN "updated_by_id",
ALTER COLUMN "date_precision" SET NOT NULL,
ALTER COLUMN "date_to" SET NOT NULL;

-- CreateTable
CREATE TABLE "recommendation_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "section_id" TEXT,
    "label" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "letter" TEXT,
    "order" INTEGER NOT NULL,
    "priority" "Priority" NOT NULL,
    "lead_in" TEXT,
    "text" TEXT NOT NULL,
    "text_verification" "TextVerification" NOT NULL,
    "source_document_id" TEXT,
    "source_location" TEXT,
    "source_url" TEXT,
    "provenance" TEXT,
    "version" INTEGER NOT NULL,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "recommendation_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateTable
CREATE TABLE "state_response_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "entry_no" INTEGER NOT NULL,
    "status" "StateResponseStatus" NOT NULL,
    "text" TEXT,
    "status_sentence" TEXT,
    "date_precision" "DatePrecision",
    "date_from" DATE,
    "date_to" DATE,
    "date_note" TEXT,
    "document_id" TEXT,
    "location" TEXT,
    "source_url" TEXT,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawal_reason" TEXT,
    "version" INTEGER NOT NULL,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "state_response_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateTable
CREATE TABLE "assessment_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "entry_no" INTEGER NOT NULL,
    "status" "AssessmentStatus" NOT NULL,
    "assessor_type" "AssessorType" NOT NULL,
    "assessor_name" TEXT,
    "date_precision" "DatePrecision",
    "date_from" DATE,
    "date_to" DATE,
    "date_note" TEXT,
    "rationale" TEXT NOT NULL,
    "document_id" TEXT,
    "location" TEXT,
    "source_url" TEXT,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawal_reason" TEXT,
    "version" INTEGER NOT NULL,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "assessment_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateTable
CREATE TABLE "follow_up_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "entry_no" INTEGER NOT NULL,
    "date_precision" "DatePrecision",
    "date_from" DATE,
    "date_to" DATE,
    "date_note" TEXT,
    "action_taken" TEXT NOT NULL,
    "institution_id" TEXT,
    "evidence_document_id" TEXT,
    "evidence_location" TEXT,
    "evidence_url" TEXT,
    "next_step" TEXT,
    "target_date" DATE,
    "internal" BOOLEAN NOT NULL,
    "withdrawn_at" TIMESTAMP(3),
    "withdrawal_reason" TEXT,
    "version" INTEGER NOT NULL,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "follow_up_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateTable
CREATE TABLE "recommendation_institution_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "date_precision" "DatePrecision",
    "date_from" DATE,
    "date_to" DATE,
    "date_note" TEXT,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "recommendation_institution_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateTable
CREATE TABLE "recommendation_link_versions" (
    "version_id" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "kind" "RecommendationLinkKind" NOT NULL,
    "note" TEXT,
    "recorded_from" TIMESTAMP(3) NOT NULL,
    "recorded_to" TIMESTAMP(3),
    "audit_seq" INTEGER NOT NULL,

    CONSTRAINT "recommendation_link_versions_pkey" PRIMARY KEY ("version_id")
);

-- CreateIndex
CREATE INDEX "recommendation_versions_id_recorded_from_idx" ON "recommendation_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_versions_cycle_id_recorded_from_idx" ON "recommendation_versions"("cycle_id", "recorded_from");

-- CreateIndex
CREATE INDEX "state_response_versions_id_recorded_from_idx" ON "state_response_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "state_response_versions_recommendation_id_recorded_from_idx" ON "state_response_versions"("recommendation_id", "recorded_from");

-- CreateIndex
CREATE INDEX "assessment_versions_id_recorded_from_idx" ON "assessment_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "assessment_versions_recommendation_id_recorded_from_idx" ON "assessment_versions"("recommendation_id", "recorded_from");

-- CreateIndex
CREATE INDEX "follow_up_versions_id_recorded_from_idx" ON "follow_up_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "follow_up_versions_recommendation_id_recorded_from_idx" ON "follow_up_versions"("recommendation_id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_institution_versions_id_recorded_from_idx" ON "recommendation_institution_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_institution_versions_recommendation_id_recor_idx" ON "recommendation_institution_versions"("recommendation_id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_link_versions_id_recorded_from_idx" ON "recommendation_link_versions"("id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_link_versions_from_id_recorded_from_idx" ON "recommendation_link_versions"("from_id", "recorded_from");

-- CreateIndex
CREATE INDEX "recommendation_link_versions_to_id_recorded_from_idx" ON "recommendation_link_versions"("to_id", "recorded_from");

-- CreateIndex
CREATE INDEX "assessments_recommendation_id_date_to_idx" ON "assessments"("recommendation_id", "date_to");

-- CreateIndex
CREATE INDEX "follow_ups_recommendation_id_date_to_idx" ON "follow_ups"("recommendation_id", "date_to");

-- CreateIndex
CREATE INDEX "state_responses_recommendation_id_date_to_idx" ON "state_responses"("recommendation_id", "date_to");

-- CreateIndex
CREATE INDEX "state_responses_created_by_id_idx" ON "state_responses"("created_by_id");

-- AddForeignKey
ALTER TABLE "state_responses" ADD CONSTRAINT "state_responses_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
