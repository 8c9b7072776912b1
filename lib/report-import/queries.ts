// What the report-text import pages read: the cycle with its documents and recorded labels (the preview
// marks items already present), and the list of a cycle's imports with who made and reverted them.
import "server-only";
import { prisma } from "@/lib/db/client";

export async function importPageData(slug: string) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      year: true,
      title: true,
      documents: {
        orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        select: { id: true, title: true, issuedOn: true },
      },
      recommendations: { select: { label: true } },
    },
  });
  if (!cycle) return null;
  const { recommendations, ...rest } = cycle;
  return { ...rest, labels: recommendations.map((r) => r.label) };
}

/** The labels recorded in a cycle (the preview's "already recorded" marks). */
export async function recordedLabels(cycleId: string): Promise<string[] | null> {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { id: cycleId },
    select: { recommendations: { select: { label: true } } },
  });
  return cycle ? cycle.recommendations.map((r) => r.label) : null;
}

/** Who did it: a user by name, a user since deleted, or the system. The page says it in the reader's language. */
export type ImportPerson = { name: string } | "former-user" | "system";

export interface ImportSummary {
  id: string;
  createdAt: Date;
  createdBy: ImportPerson;
  /** The cited document's title and the uploaded file's name; both null for pasted text. */
  source: { document: string | null; fileName: string | null };
  labels: string;
  skipped: string | null;
  itemCount: number;
  reverted: { at: Date; by: ImportPerson } | null;
}

/** A cycle's imports, latest first (names, not ids; the words are the page's). */
export async function listImports(cycleId: string, take = 20): Promise<ImportSummary[]> {
  const db = await prisma();
  const rows = await db.reportImport.findMany({
    where: { cycleId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      createdAt: true,
      createdById: true,
      revertedAt: true,
      revertedById: true,
      fileName: true,
      labels: true,
      skipped: true,
      itemCount: true,
      document: { select: { title: true } },
    },
  });
  const userIds = [...new Set(rows.flatMap((r) => [r.createdById, r.revertedById]).filter((x): x is string => !!x))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const who = (id: string | null): ImportPerson => {
    if (!id) return "system";
    const name = users.get(id);
    return name == null ? "former-user" : { name };
  };
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    createdBy: who(r.createdById),
    source: { document: r.document?.title ?? null, fileName: r.fileName },
    labels: r.labels,
    skipped: r.skipped,
    itemCount: r.itemCount,
    reverted: r.revertedAt ? { at: r.revertedAt, by: who(r.revertedById) } : null,
  }));
}

/** One import and the recommendations it created that are still in the tracker (its result page). */
export async function importResult(id: string) {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const db = await prisma();
  const imp = await db.reportImport.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      revertedAt: true,
      labels: true,
      createdIds: true,
      cycle: { select: { slug: true, year: true, title: true } },
    },
  });
  if (!imp) return null;
  const ids = (imp.createdIds as { recommendations?: string[] } | null)?.recommendations ?? [];
  const items = await db.recommendation.findMany({
    where: { id: { in: ids } },
    orderBy: { order: "asc" },
    select: { id: true, label: true },
  });
  const { createdIds: _ids, ...rest } = imp;
  return { ...rest, items };
}
