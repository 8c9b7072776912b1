import "server-only";
import { prisma } from "@/lib/db/client";
import type { AssessorType } from "@/lib/vocab";
import { currentAssessments } from "./current-status";

const docRef = { select: { id: true, slug: true, title: true, issuer: true } } as const;

/** Everything the recommendation page shows, as one selected shape. */
export async function getRecommendation(id: string) {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
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
          id: true, slug: true, year: true, title: true, electionDate: true,
          documents: {
            orderBy: [{ issuedOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
            select: { id: true, slug: true, title: true, type: true, issuer: true, issuedOn: true },
          },
        },
      },
      response: {
        select: {
          id: true, version: true, status: true, text: true, statusSentence: true, respondedOn: true, location: true, sourceUrl: true,
          document: docRef,
        },
      },
      assessments: {
        orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true, version: true, status: true, assessorType: true, assessorName: true, assessedOn: true, rationale: true,
          location: true, sourceUrl: true, withdrawnAt: true, withdrawalReason: true, createdAt: true, document: docRef,
        },
      },
      followUps: {
        orderBy: [{ actionDate: "desc" }, { createdAt: "desc" }],
        select: {
          id: true, version: true, actionDate: true, actionTaken: true, nextStep: true, targetDate: true, internal: true,
          evidenceLocation: true, evidenceUrl: true, withdrawnAt: true, withdrawalReason: true,
          institution: { select: { id: true, name: true } }, evidenceDocument: docRef,
        },
      },
      institutions: { orderBy: { institution: { name: "asc" } }, select: { institution: { select: { id: true, name: true, abbreviation: true } } } },
    },
  });
  if (!rec) return null;
  // Neighbours in report order, for previous/next navigation.
  const [prev, next] = await Promise.all([
    db.recommendation.findFirst({ where: { cycleId: rec.cycle.id, order: { lt: rec.order } }, orderBy: { order: "desc" }, select: { id: true, label: true } }),
    db.recommendation.findFirst({ where: { cycleId: rec.cycle.id, order: { gt: rec.order } }, orderBy: { order: "asc" }, select: { id: true, label: true } }),
  ]);
  const active = rec.assessments.filter((a) => !a.withdrawnAt);
  return { ...rec, prev, next, currentAssessments: currentAssessments(active) };
}
export type RecommendationDetail = NonNullable<Awaited<ReturnType<typeof getRecommendation>>>;

/**
 * Follow-up entries marked internal are for editors and admins only: readers
 * (and anonymous visitors under PUBLIC_READ) see neither them nor their history.
 */
export function withoutInternal(rec: RecommendationDetail): { rec: RecommendationDetail; hiddenIds: string[] } {
  const hiddenIds = rec.followUps.filter((f) => f.internal).map((f) => f.id);
  return { rec: { ...rec, followUps: rec.followUps.filter((f) => !f.internal) }, hiddenIds };
}

/** Options for the editing forms: active institutions. */
export async function listActiveInstitutions() {
  const db = await prisma();
  return db.institution.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, abbreviation: true } });
}

export type { AssessorType };
