-- CreateTable
CREATE TABLE "recommendation_similar_cache" (
    "recommendation_id" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "candidates" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_similar_cache_pkey" PRIMARY KEY ("recommendation_id")
);
