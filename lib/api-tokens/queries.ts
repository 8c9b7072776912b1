import "server-only";
import { prisma } from "@/lib/db/client";

/** The tokens for the admin page: never the hash. Active first, newest first. */
export async function listApiTokens() {
  const db = await prisma();
  return db.apiToken.findMany({
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
