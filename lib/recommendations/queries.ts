import "server-only";
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { CITABLE_CYCLES } from "@/lib/documents/citable";

/**
 * Where a recommendation sits: its cycle (with the cycle's documents), its
 * section and topic, the previous and next item in report order. The
 * recommendation's own content and series come from ./view.ts.
 */
export async function recommendationContext(id: string) {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const db = await prisma();
  const rec = await db.recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      label: true,
      order: true,
      section: { select: { title: true, leadIn: true, parent: { select: { title: true, leadIn: true } } } },
      cycle: {
        select: {
          id: true,
          slug: true,
          year: true,
          title: true,
          electionDate: true,
          documents: {
            orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
            select: { id: true, slug: true, title: true, type: true, issuer: true, issuedOn: true },
          },
          // Every document of the country's cycles may be cited (a later report assesses earlier recommendations).
          country: {
            select: {
              cycles: CITABLE_CYCLES,
            },
          },
        },
      },
    },
  });
  if (!rec) return null;
  // Neighbours in report order, for previous/next navigation.
  const [prev, next] = await Promise.all([
    db.recommendation.findFirst({
      where: { cycleId: rec.cycle.id, order: { lt: rec.order } },
      orderBy: { order: "desc" },
      select: { id: true, label: true },
    }),
    db.recommendation.findFirst({
      where: { cycleId: rec.cycle.id, order: { gt: rec.order } },
      orderBy: { order: "asc" },
      select: { id: true, label: true },
    }),
  ]);
  return { ...rec, prev, next };
}
export type RecommendationContext = NonNullable<Awaited<ReturnType<typeof recommendationContext>>>;

/** Options for the editing forms: active institutions. */
export async function listActiveInstitutions() {
  const db = await prisma();
  return byName(
    await db.institution.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, abbreviation: true },
    }),
  );
}
