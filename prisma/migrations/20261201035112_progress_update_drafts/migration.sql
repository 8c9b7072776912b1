-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PUBLISHED_DRAFT';

-- CreateTable
CREATE TABLE "state_response_drafts" (
    "id" TEXT NOT NULL,
    "recommendation_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "author_id" TEXT,
    "status" "StateResponseStatus" NOT NULL,
    "text" TEXT,
    "status_sentence" TEXT,
    "date_precision" "DatePrecision" NOT NULL,
    "date_from" DATE,
    "date_to" DATE NOT NULL,
    "date_note" TEXT,
    "document_id" TEXT,
    "location" TEXT,
    "source_url" TEXT,
    "publication" "Publication" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "state_response_id" TEXT,
    "submitted_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "state_response_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "state_response_drafts_state_response_id_key" ON "state_response_drafts"("state_response_id");

-- CreateIndex
CREATE INDEX "state_response_drafts_publication_submitted_at_idx" ON "state_response_drafts"("publication", "submitted_at");

-- CreateIndex
CREATE INDEX "state_response_drafts_recommendation_id_idx" ON "state_response_drafts"("recommendation_id");

-- CreateIndex
CREATE INDEX "state_response_drafts_institution_id_idx" ON "state_response_drafts"("institution_id");

-- CreateIndex
CREATE INDEX "state_response_drafts_author_id_idx" ON "state_response_drafts"("author_id");

-- CreateIndex
CREATE INDEX "state_response_drafts_document_id_idx" ON "state_response_drafts"("document_id");

-- AddForeignKey
ALTER TABLE "state_response_drafts" ADD CONSTRAINT "state_response_drafts_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_response_drafts" ADD CONSTRAINT "state_response_drafts_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_response_drafts" ADD CONSTRAINT "state_response_drafts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_response_drafts" ADD CONSTRAINT "state_response_drafts_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
