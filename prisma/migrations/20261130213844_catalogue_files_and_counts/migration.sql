-- AlterTable
ALTER TABLE "countries" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "documents" ADD COLUMN     "file_name" TEXT,
ADD COLUMN     "file_sha256" TEXT;

-- AlterTable
ALTER TABLE "election_cycles" ADD COLUMN     "recommendation_count" INTEGER;

-- CreateTable
CREATE TABLE "stored_files" (
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("sha256")
);

-- CreateIndex
CREATE INDEX "documents_file_sha256_idx" ON "documents"("file_sha256");

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_sha256_fkey" FOREIGN KEY ("file_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
