import "server-only";
import { prisma } from "@/lib/db/client";

export const HISTORY_PAGE_SIZE = 20;

/**
 * One page of a recommendation's history (it and everything attached to it),
 * newest first, up to a recorded moment; `before` is the position to continue
 * from. Internal notes' events are left out for readers (`hiddenIds`), and so are drafts in review
 * (`hiddenTypes`: a reader sees the published entry, its event naming who submitted and who published it).
 */
export async function recommendationHistory(
  id: string,
  o: { hiddenIds?: string[]; hiddenTypes?: string[]; before?: number | null; until?: Date },
) {
  const db = await prisma();
  const rows = await db.auditEvent.findMany({
    where: {
      recommendationId: id,
      // The discussion is internal and has its own section (lib/comments): never in this public history. One
      // condition with the hidden types (two `entityType` keys would let the second replace the first).
      entityType: { notIn: ["Comment", ...(o.hiddenTypes ?? [])] },
      ...(o.hiddenIds?.length ? { entityId: { notIn: o.hiddenIds } } : {}),
      ...(o.before ? { seq: { lt: o.before } } : {}),
      ...(o.until ? { occurredAt: { lte: o.until } } : {}),
    },
    orderBy: { seq: "desc" },
    take: HISTORY_PAGE_SIZE + 1,
    select: {
      seq: true,
      occurredAt: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      changes: true,
      reason: true,
    },
  });
  const events = rows.slice(0, HISTORY_PAGE_SIZE);
  return { events, olderBefore: rows.length > HISTORY_PAGE_SIZE ? events[events.length - 1]!.seq : null };
}

/**
 * Ids of internal follow-up entries of a recommendation and of the evidence files ever attached to them
 * (attached or since removed: their events name the entry), whose history is for editors only.
 */
export async function internalEntryIds(recommendationId: string): Promise<string[]> {
  const db = await prisma();
  const ids = (await db.followUp.findMany({ where: { recommendationId, internal: true }, select: { id: true } })).map(
    (f) => f.id,
  );
  if (ids.length === 0) return ids;
  const files = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT entity_id AS id FROM audit_events
    WHERE recommendation_id = ${recommendationId} AND entity_type = 'EvidenceFile'
      AND COALESCE(changes -> 'followUpId' ->> 'to', changes -> 'followUpId' ->> 'from') = ANY(${ids})`;
  return [...ids, ...files.map((f) => f.id)];
}
