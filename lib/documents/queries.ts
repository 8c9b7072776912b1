import "server-only";
import { prisma } from "@/lib/db/client";
import { CITABLE_CYCLES } from "./citable";

export const DOCUMENT_CYCLES_PAGE_SIZE = 20;

/**
 * A page of cycles (by country, then year) with their documents: the documents
 * list and the admin page never carry every cycle. `withDocuments` keeps only
 * cycles that have some.
 */
export async function cyclesWithDocuments(page = 1, withDocuments = true) {
  const db = await prisma();
  const where = withDocuments ? { documents: { some: {} } } : {};
  const [cycles, total] = await Promise.all([
    db.electionCycle.findMany({
      where,
      orderBy: [{ country: { name: "asc" } }, { year: "asc" }, { slug: "asc" }],
      skip: (page - 1) * DOCUMENT_CYCLES_PAGE_SIZE,
      take: DOCUMENT_CYCLES_PAGE_SIZE,
      select: {
        slug: true,
        year: true,
        title: true,
        country: { select: { name: true } },
        documents: {
          orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
          select: { id: true, slug: true, title: true, type: true, issuer: true, issuedOn: true, place: true },
        },
      },
    }),
    db.electionCycle.count({ where }),
  ]);
  return { page, pages: Math.max(1, Math.ceil(total / DOCUMENT_CYCLES_PAGE_SIZE)), total, cycles };
}

export async function getDocument(slug: string) {
  const db = await prisma();
  return db.document.findUnique({
    where: { slug },
    select: {
      id: true,
      version: true,
      slug: true,
      title: true,
      titleLanguage: true,
      type: true,
      issuer: true,
      issuedOn: true,
      place: true,
      sourceUrl: true,
      fullText: true,
      fileSha256: true,
      fileName: true,
      file: { select: { size: true, kind: true } },
      cycle: { select: { id: true, slug: true, year: true, title: true } },
      _count: { select: { citedBy: true, responses: true } },
    },
  });
}
export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/** A document's stored file, for its download; null when the document or its file is unknown. */
export async function getDocumentFile(slug: string) {
  const db = await prisma();
  const doc = await db.document.findUnique({
    where: { slug },
    select: { fileName: true, file: { select: { sha256: true, bytes: true, size: true, mediaType: true } } },
  });
  return doc?.file ? { name: doc.fileName ?? "document", ...doc.file } : null;
}

/** The id of a document by its slug (the upload route's target). */
export async function documentIdBySlug(slug: string) {
  const db = await prisma();
  return (await db.document.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** The documents an official translation of this cycle's texts may cite: the country's cycles, for the editor. */
export async function citableCyclesOf(cycleId: string) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({ where: { id: cycleId }, select: { countryId: true } });
  if (!cycle) return [];
  return db.electionCycle.findMany({ where: { countryId: cycle.countryId }, ...CITABLE_CYCLES });
}
