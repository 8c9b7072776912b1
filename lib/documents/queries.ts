import "server-only";
import { prisma } from "@/lib/db/client";

export async function listDocuments() {
  const db = await prisma();
  return db.document.findMany({
    orderBy: [{ cycle: { year: "asc" } }, { issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      slug: true, title: true, type: true, issuer: true, issuedOn: true, place: true,
      cycle: { select: { slug: true, year: true, title: true } },
    },
  });
}
export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];

export async function getDocument(slug: string) {
  const db = await prisma();
  return db.document.findUnique({
    where: { slug },
    select: {
      id: true, version: true, slug: true, title: true, type: true, issuer: true, issuedOn: true, place: true, sourceUrl: true, sourceFile: true, fullText: true,
      cycle: { select: { slug: true, year: true, title: true } },
      _count: { select: { citedBy: true, responses: true } },
    },
  });
}
export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
