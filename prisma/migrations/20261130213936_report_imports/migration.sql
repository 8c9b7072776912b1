-- CreateTable
CREATE TABLE "report_imports" (
    "id" TEXT NOT NULL,
    "cycle_id" TEXT NOT NULL,
    "document_id" TEXT,
    "file_name" TEXT,
    "file_sha256" TEXT,
    "labels" TEXT NOT NULL,
    "skipped" TEXT,
    "item_count" INTEGER NOT NULL,
    "created_ids" JSONB NOT NULL,
    "created_by_id" TEXT,
    "reverted_at" TIMESTAMP(3),
    "reverted_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "report_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_imports_cycle_id_created_at_idx" ON "report_imports"("cycle_id", "created_at");

-- CreateIndex
CREATE INDEX "report_imports_document_id_idx" ON "report_imports"("document_id");

-- AddForeignKey
ALTER TABLE "report_imports" ADD CONSTRAINT "report_imports_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "election_cycles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_imports" ADD CONSTRAINT "report_imports_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
