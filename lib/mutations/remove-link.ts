// Removing one link between recommendations, audited as "unlink" in the caller's transaction: shared by
// unlinking on the recommendation page and by reverting a report-text import (which takes its items' links
// with it).
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";

/** Returns false when the two are not linked (nothing written). */
export async function removeLink(
  tx: Tx,
  actor: Actor,
  link: { fromId: string; toId: string },
  reason: string | null,
): Promise<boolean> {
  const row = await tx.recommendationLink.findUnique({
    where: { fromId_toId: link },
    select: {
      kind: true,
      from: { select: { cycleId: true } },
      to: { select: { label: true, cycle: { select: { year: true } } } },
    },
  });
  if (!row) return false;
  await tx.recommendationLink.delete({ where: { fromId_toId: link } });
  await recordAudit(tx, {
    actor,
    action: "unlink",
    entityType: "RecommendationLink",
    entityId: `${link.fromId}:${link.toId}`,
    cycleId: row.from.cycleId,
    recommendationId: link.fromId,
    changes: {
      toId: { from: link.toId, to: null },
      earlier: { from: `${row.to.cycle.year} ${row.to.label}`, to: null },
      kind: { from: row.kind, to: null },
    },
    reason,
  });
  return true;
}
