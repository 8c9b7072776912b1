import "server-only";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/policy";
import { MINE_ORDER, ownUnpublished, QUEUE_ORDER, SUBMITTED, visibleDrafts } from "./visibility";

const draftSelect = {
  id: true,
  version: true,
  publication: true,
  datePrecision: true,
  dateFrom: true,
  dateTo: true,
  dateNote: true,
  actionTaken: true,
  evidenceDocumentId: true,
  evidenceDocument: { select: { title: true, slug: true } },
  evidenceLocation: true,
  evidenceUrl: true,
  nextStep: true,
  targetDate: true,
  reviewComment: true,
  submittedAt: true,
  updatedAt: true,
  authorId: true,
  author: { select: { name: true } },
  institution: { select: { name: true } },
  recommendation: { select: { id: true, label: true, cycle: { select: { year: true, title: true } } } },
} as const;

/**
 * The unpublished drafts of a recommendation that `user` may see: all of them for reviewers, their own for a
 * contributor, none for anyone else. Published drafts are follow-up entries by then, shown as such.
 */
export async function draftsOf(recommendationId: string, user: SessionUser | null) {
  const visible = visibleDrafts(user);
  if (!visible) return [];
  const db = await prisma();
  return db.followUpDraft.findMany({
    where: { recommendationId, ...visible },
    orderBy: { createdAt: "asc" },
    select: draftSelect,
  });
}
export type DraftItem = Awaited<ReturnType<typeof draftsOf>>[number];

/** The review queue: submitted drafts, oldest submission first. Reviewers only (the page checks). */
export async function reviewQueue() {
  const db = await prisma();
  return db.followUpDraft.findMany({
    where: SUBMITTED,
    orderBy: QUEUE_ORDER,
    select: draftSelect,
  });
}

/** A contributor's own drafts not yet published, most recently changed first. */
export async function myDrafts(user: SessionUser) {
  const db = await prisma();
  return db.followUpDraft.findMany({
    where: ownUnpublished(user),
    orderBy: MINE_ORDER,
    select: draftSelect,
  });
}

/** The recommendations assigned to a contributor's institution, in report order per cycle. */
export async function institutionRecommendations(institutionId: string) {
  const db = await prisma();
  const [institution, rows] = await Promise.all([
    db.institution.findUnique({ where: { id: institutionId }, select: { name: true } }),
    db.recommendationInstitution.findMany({
      where: { institutionId },
      select: {
        recommendation: {
          select: { id: true, label: true, order: true, cycle: { select: { year: true, title: true } } },
        },
      },
    }),
  ]);
  const recommendations = rows
    .map((r) => r.recommendation)
    .sort((a, b) => a.cycle.year - b.cycle.year || a.order - b.order);
  return { institution: institution?.name ?? null, recommendations };
}
