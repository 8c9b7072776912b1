import "server-only";
import { prisma } from "@/lib/db/client";

/** Everything the recommendation page shows, as one selected shape. */
export async function getRecommendation(id: string) {
  const db = await prisma();
  const rec = await db.recommendation.findUnique({
    where: { id },
    select: {
      id: true, label: true, number: true, letter: true, order: true, priority: true, leadIn: true, text: true,
      textVerification: true, sourceLocation: true, sourceUrl: true, provenance: true, updatedAt: true,
      sourceDocument: { select: { slug: true, title: true, issuer: true } },
      section: { select: { title: true, leadIn: true, parent: { select: { title: true, leadIn: true } } } },
      cycle: {
        select: {
          slug: true, year: true, title: true, electionDate: true,
          documents: {
            orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
            select: { slug: true, title: true, type: true, issuer: true, issuedOn: true },
          },
        },
      },
      response: {
        select: {
          status: true, text: true, statusSentence: true, respondedOn: true, location: true, sourceUrl: true,
          document: { select: { slug: true, title: true, issuer: true } },
        },
      },
    },
  });
  if (!rec) return null;
  // Neighbours in report order, for previous/next navigation.
  const [prev, next] = await Promise.all([
    db.recommendation.findFirst({ where: { cycle: { slug: rec.cycle.slug }, order: { lt: rec.order } }, orderBy: { order: "desc" }, select: { id: true, label: true } }),
    db.recommendation.findFirst({ where: { cycle: { slug: rec.cycle.slug }, order: { gt: rec.order } }, orderBy: { order: "asc" }, select: { id: true, label: true } }),
  ]);
  return { ...rec, prev, next };
}
export type RecommendationDetail = NonNullable<Awaited<ReturnType<typeof getRecommendation>>>;
