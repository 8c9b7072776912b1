// Checks shared by the mutations of several domains: the recommendation a
// change belongs to, and the documents it cites.
import type { Tx } from "@/lib/audit/record";
import { Abort } from "./outcome";

/**
 * A document cited as a source must exist and belong to a cycle of the recommendation's country: a later
 * report assesses an earlier cycle's recommendations (the 2012 final report assesses 2011's).
 */
export async function assertCitableDocument(
  tx: Tx,
  documentId: string | null | undefined,
  cycleId: string,
  field: string,
) {
  if (!documentId) return;
  const [doc, cycle] = await Promise.all([
    tx.document.findUnique({ where: { id: documentId }, select: { cycle: { select: { countryId: true } } } }),
    tx.electionCycle.findUnique({ where: { id: cycleId }, select: { countryId: true } }),
  ]);
  if (!doc)
    throw new Abort({ kind: "invalid", fieldErrors: { [field]: ["This document is not in the tracker (any more)"] } });
  if (doc.cycle.countryId !== cycle?.countryId)
    throw new Abort({
      kind: "invalid",
      fieldErrors: { [field]: ["Choose a document of this country's election cycles"] },
    });
}

export async function findRecommendationScope(tx: Tx, id: string) {
  const rec = await tx.recommendation.findUnique({ where: { id }, select: { id: true, cycleId: true } });
  if (!rec) throw new Abort({ kind: "not-found", message: "This recommendation does not exist (any more)." });
  return { id: rec.id, cycleId: rec.cycleId, scope: { cycleId: rec.cycleId, recommendationId: rec.id } };
}
