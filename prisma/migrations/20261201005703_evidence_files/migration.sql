-- CreateTable
CREATE TABLE "evidence_files" (
    "id" TEXT NOT NULL,
    "follow_up_id" TEXT,
    "state_response_id" TEXT,
    "file_sha256" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidence_files_follow_up_id_idx" ON "evidence_files"("follow_up_id");

-- CreateIndex
CREATE INDEX "evidence_files_state_response_id_idx" ON "evidence_files"("state_response_id");

-- CreateIndex
CREATE INDEX "evidence_files_file_sha256_idx" ON "evidence_files"("file_sha256");

-- CreateIndex
CREATE INDEX "evidence_files_created_by_id_idx" ON "evidence_files"("created_by_id");

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_follow_up_id_fkey" FOREIGN KEY ("follow_up_id") REFERENCES "follow_ups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_state_response_id_fkey" FOREIGN KEY ("state_response_id") REFERENCES "state_responses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_file_sha256_fkey" FOREIGN KEY ("file_sha256") REFERENCES "stored_files"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An evidence file belongs to exactly one entry: a follow-up entry or a state response (written by hand:
-- Prisma's schema has no CHECK constraints; keep it if this migration is regenerated).
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_one_entry_check" CHECK (num_nonnulls("follow_up_id", "state_response_id") = 1);
