import "server-only";
import { prisma } from "@/lib/db/client";
import type { AssessmentStatus, AssessorType, StateResponseStatus } from "@/lib/vocab";
import { currentAssessments } from "@/lib/recommendations/current-status";
import { asDate, ofType, replay } from "./replay";

const str = (v: unknown) => (typeof v === "string" ? v : null);

/** End of the given calendar day (UTC): "as of 2012-01-01" includes that whole day. */
export function endOfDay(isoDay: string): Date {
  return new Date(new Date(`${isoDay}T00:00:00.000Z`).getTime() + 86_400_000 - 1);
}

/**
 * A recommendation as it was recorded in the tracker at `asOf`, rebuilt from
 * the audit history alone (not from the current rows). Null if it did not exist yet.
 */
export async function recommendationAsOf(id: string, asOf: Date, includeInternal = false) {
  const db = await prisma();
  const events = await db.auditEvent.findMany({
    where: { recommendationId: id, occurredAt: { lte: asOf } },
    orderBy: { seq: "asc" },
    select: { seq: true, action: true, entityType: true, entityId: true, changes: true, occurredAt: true },
  });
  const entities = replay(events);
  const rec = entities.get(`Recommendation:${id}`);
  if (!rec) return null;
  const docIds = new Set<string>();
  for (const e of entities.values()) for (const f of ["documentId", "evidenceDocumentId"]) if (str(e.fields[f])) docIds.add(e.fields[f] as string);
  const docs = new Map(
    (await db.document.findMany({ where: { id: { in: [...docIds] } }, select: { id: true, slug: true, title: true } })).map((d) => [d.id, d]),
  );
  const doc = (v: unknown) => (str(v) ? (docs.get(v as string) ?? null) : null);

  const response = ofType(entities, "StateResponse")[0];
  const assessments = ofType(entities, "Assessment").map((a) => ({
    id: a.id,
    status: a.fields.status as AssessmentStatus,
    assessorType: a.fields.assessorType as AssessorType,
    assessorName: str(a.fields.assessorName),
    assessedOn: asDate(a.fields.assessedOn) ?? new Date(0),
    rationale: str(a.fields.rationale) ?? "",
    withdrawnAt: asDate(a.fields.withdrawnAt),
    createdAt: events.find((e) => e.entityId === a.id)?.occurredAt ?? new Date(0),
  }));
  return {
    asOf,
    eventCount: events.length,
    lastChange: events.at(-1)?.occurredAt ?? null,
    text: str(rec.fields.text) ?? "",
    leadIn: str(rec.fields.leadIn),
    response: response
      ? {
          status: response.fields.status as StateResponseStatus,
          text: str(response.fields.text),
          statusSentence: str(response.fields.statusSentence),
          respondedOn: asDate(response.fields.respondedOn),
          location: str(response.fields.location),
          document: doc(response.fields.documentId),
        }
      : null,
    assessments,
    currentAssessments: currentAssessments(assessments.filter((a) => !a.withdrawnAt)),
    // Internal notes are for editors and admins only.
    followUps: ofType(entities, "FollowUp").filter((f) => includeInternal || f.fields.internal !== true).map((f) => ({
      id: f.id,
      actionDate: asDate(f.fields.actionDate),
      actionTaken: str(f.fields.actionTaken) ?? "",
      nextStep: str(f.fields.nextStep),
      withdrawnAt: asDate(f.fields.withdrawnAt),
      evidenceDocument: doc(f.fields.evidenceDocumentId),
      evidenceLocation: str(f.fields.evidenceLocation),
    })),
    institutions: ofType(entities, "RecommendationInstitution").map((i) => str(i.fields.institution) ?? "(unknown institution)"),
  };
}
export type RecommendationAsOf = NonNullable<Awaited<ReturnType<typeof recommendationAsOf>>>;
