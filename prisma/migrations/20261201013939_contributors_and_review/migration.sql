-- CreateEnum
CREATE TYPE "Publication" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CONTRIBUTOR';

-- AlterTable
ALTER TABLE "institutions" ADD COLUMN     "source_document_id" TEXT,
ADD COLUMN     "source_location" TEXT;

-- AlterTable
ALTER TABLE "invites" ADD COLUMN     "institution_id" TEXT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "institution_id" TEXT;

-- CreateTable
CREATE TABLE "follow_up_drafts" (
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "author_id" TEXT,
    "date_precision" "DatePrecision" NOT NULL,
    "date_from" DATE,
    "date_to" DATE NOT NULL,
    "date_note" TEXT,
    "action_taken" TEXT NOT NULL,
    "evidence_document_id" TEXT,
    "evidence_location" TEXT,
    "evidence_url" TEXT,
    "next_step" TEXT,
    "target_date" DATE,
    "publication" "Publication" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "follow_up_id" TEXT,
    "submitted_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "follow_up_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_drafts_follow_up_id_key" ON "follow_up_drafts"("follow_up_id");

-- CreateIndex
CREATE INDEX "follow_up_drafts_publication_submitted_at_idx" ON "follow_up_drafts"("publication", "submitted_at");

-- CreateIndex
CREATE INDEX "follow_up_drafts_recommendation_id_idx" ON "follow_up_drafts"("recommendation_id");

-- CreateIndex
CREATE INDEX "follow_up_drafts_institution_id_idx" ON "follow_up_drafts"("institution_id");

-- CreateIndex
CREATE INDEX "follow_up_drafts_author_id_idx" ON "follow_up_drafts"("author_id");

-- CreateIndex
CREATE INDEX "follow_up_drafts_evidence_document_id_idx" ON "follow_up_drafts"("evidence_document_id");

-- CreateIndex
CREATE INDEX "institutions_source_document_id_idx" ON "institutions"("source_document_id");

-- CreateIndex
CREATE INDEX "invites_institution_id_idx" ON "invites"("institution_id");

-- CreateIndex
CREATE INDEX "users_institution_id_idx" ON "users"("institution_id");

-- AddForeignKey
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_drafts" ADD CONSTRAINT "follow_up_drafts_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_drafts" ADD CONSTRAINT "follow_up_drafts_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_drafts" ADD CONSTRAINT "follow_up_drafts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_drafts" ADD CONSTRAINT "follow_up_drafts_evidence_document_id_fkey" FOREIGN KEY ("evidence_document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
