import "server-only";
// Progress updates in review, read as follow-up drafts are (./queries.ts): the reader's own for a contributor,
// submitted ones for reviewers, none for anyone else. Published ones are state responses by then.
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/policy";
import { MINE_ORDER, ownUnpublished, QUEUE_ORDER, SUBMITTED, visibleDrafts } from "./visibility";

const progressSelect = {
  id: true,
  version: true,
  publication: true,
  status: true,
  text: true,
  statusSentence: true,
  datePrecision: true,
  dateFrom: true,
  dateTo: true,
  dateNote: true,
  documentId: true,
  document: { select: { title: true, slug: true } },
  location: true,
  sourceUrl: true,
  reviewComment: true,
  submittedAt: true,
  updatedAt: true,
  authorId: true,
  author: { select: { name: true } },
  institution: { select: { name: true } },
  recommendation: { select: { id: true, label: true, cycle: { select: { year: true, title: true } } } },
} as const;

/** The unpublished progress updates of a recommendation that `user` may see (as `draftsOf`). */
export async function progressDraftsOf(recommendationId: string, user: SessionUser | null) {
  const visible = visibleDrafts(user);
  if (!visible) return [];
  const db = await prisma();
  return db.stateResponseDraft.findMany({
    where: { recommendationId, ...visible },
    orderBy: { createdAt: "asc" },
    select: progressSelect,
  });
}

export type ProgressItem = Awaited<ReturnType<typeof progressDraftsOf>>[number];

/** Submitted progress updates, oldest submission first. Reviewers only (the page checks). */
export async function progressQueue() {
  const db = await prisma();
  return db.stateResponseDraft.findMany({
    where: SUBMITTED,
    orderBy: QUEUE_ORDER,
    select: progressSelect,
  });
}

/** A contributor's own progress updates not yet published, most recently changed first. */
export async function myProgressDrafts(user: SessionUser) {
  const db = await prisma();
  return db.stateResponseDraft.findMany({
    where: ownUnpublished(user),
    orderBy: MINE_ORDER,
    select: progressSelect,
  });
}
