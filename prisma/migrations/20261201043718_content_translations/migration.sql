-- CreateEnum
CREATE TYPE "ContentLanguage" AS ENUM ('EN', 'RU', 'KK');

-- CreateEnum
CREATE TYPE "TranslationKind" AS ENUM ('OFFICIAL', 'WORKING');

-- CreateEnum
CREATE TYPE "TranslatedText" AS ENUM ('RECOMMENDATION_TEXT', 'RESPONSE_TEXT', 'DOCUMENT_TITLE');

-- AlterTable
ALTER TABLE "documents" ADD COLUMN     "title_language" "ContentLanguage" NOT NULL DEFAULT 'EN';

-- AlterTable
ALTER TABLE "recommendations" ADD COLUMN     "text_language" "ContentLanguage" NOT NULL DEFAULT 'EN';

-- AlterTable
ALTER TABLE "state_responses" ADD COLUMN     "text_language" "ContentLanguage" NOT NULL DEFAULT 'EN';

-- CreateTable
CREATE TABLE "content_translations" (
    "id" TEXT NOT NULL,
    "subject" "TranslatedText" NOT NULL,
    "subject_id" TEXT NOT NULL,
    "language" "ContentLanguage" NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "TranslationKind" NOT NULL,
    "translator" TEXT NOT NULL,
    "source_document_id" TEXT,
    "source_citation" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "content_translations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "content_translations_source_document_id_idx" ON "content_translations"("source_document_id");

-- CreateIndex
CREATE INDEX "content_translations_created_by_id_idx" ON "content_translations"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "content_translations_subject_subject_id_language_key" ON "content_translations"("subject", "subject_id", "language");

-- AddForeignKey
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
