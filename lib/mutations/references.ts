// Checks shared by the mutations of several domains: the recommendation a
// change belongs to, and the documents it cites.
import type { Tx } from "@/lib/audit/record";
import { Abort } from "./outcome";

/** A document cited as a source must exist and belong to the recommendation's cycle. */
export async function assertDocumentOfCycle(
  tx: Tx,
  documentId: string | null | undefined,
  cycleId: string,
  field: string,
) {
  if (!documentId) return;
  const doc = await tx.document.findUnique({ where: { id: documentId }, select: { cycleId: true } });
  if (!doc || doc.cycleId !== cycleId)
    throw new Abort({ kind: "invalid", fieldErrors: { [field]: ["Choose a document of this election cycle"] } });
}

export async function findRecommendationScope(tx: Tx, id: string) {
  const rec = await tx.recommendation.findUnique({ where: { id }, select: { id: true, cycleId: true } });
  if (!rec) throw new Abort({ kind: "not-found", message: "This recommendation does not exist (any more)." });
  return { id: rec.id, cycleId: rec.cycleId, scope: { cycleId: rec.cycleId, recommendationId: rec.id } };
}
