import "server-only";
import { prisma } from "@/lib/db/client";

/** Every institution, active first, with its version for the edit forms. */
export async function listInstitutions() {
  const db = await prisma();
  return db.institution.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      version: true,
      name: true,
      abbreviation: true,
      description: true,
      active: true,
      // Where a source document names it (seeded institutions).
      sourceDocument: { select: { slug: true, title: true } },
      sourceLocation: true,
    },
  });
}
export type InstitutionRow = Awaited<ReturnType<typeof listInstitutions>>[number];
