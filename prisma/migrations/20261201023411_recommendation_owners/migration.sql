-- AlterTable
ALTER TABLE "recommendation_versions" ADD COLUMN     "owner_id" TEXT;

-- AlterTable
ALTER TABLE "recommendations" ADD COLUMN     "owner_id" TEXT;

-- CreateIndex
CREATE INDEX "recommendations_owner_id_idx" ON "recommendations"("owner_id");

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
