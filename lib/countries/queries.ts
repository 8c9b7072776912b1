import "server-only";
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";

/** Every country, by name (a handful: the tracker follows a few states). */
export async function listCountries() {
  const db = await prisma();
  return byName(
    await db.country.findMany({
      orderBy: { name: "asc" },
      select: { id: true, version: true, code: true, name: true, _count: { select: { cycles: true } } },
    }),
  );
}
