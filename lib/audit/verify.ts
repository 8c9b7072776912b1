// Verifies the audit hash chain from the first event to the last, in batches
// (never the whole history in memory), and reports the first event where the
// chain breaks: altered content, or an event removed or inserted before it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseAuditEvent } from "./catalogue";
import { GENESIS_HASH, hashEvent } from "./hash";

export type ChainProblem =
  | { kind: "altered"; seq: number; message: string }
  | { kind: "removed-or-inserted"; seq: number; message: string }
  | { kind: "unknown"; seq: number; message: string };

export interface ChainReport {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string } | null;
  problem: ChainProblem | null;
}

export async function verifyAuditChain(db: PrismaClient, batchSize = 500): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let head: ChainReport["head"] = null;
  let afterId: bigint | null = null;
  for (;;) {
    // Walk in physical id order: seq and prevHash are what is being checked.
    const batch: Awaited<ReturnType<typeof db.auditEvent.findMany>> = await db.auditEvent.findMany({
      where: afterId === null ? {} : { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const e of batch) {
      checked++;
      if (e.seq !== expectedSeq || e.prevHash !== prevHash) {
        const message =
          e.seq !== expectedSeq
            ? `expected event #${expectedSeq} but found #${e.seq}: events were removed or inserted before it`
            : `event #${e.seq} does not follow the event before it: an earlier event was removed, inserted or replaced`;
        return { ok: false, checked, head, problem: { kind: "removed-or-inserted", seq: e.seq, message } };
      }
      const recomputed = hashEvent(prevHash, {
        seq: e.seq,
        occurredAt: e.occurredAt,
        actorId: e.actorId,
        actorLabel: e.actorLabel,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        cycleId: e.cycleId,
        recommendationId: e.recommendationId,
        changes: e.changes,
        reason: e.reason,
      });
      if (recomputed !== e.hash) {
        return {
          ok: false,
          checked,
          head,
          problem: { kind: "altered", seq: e.seq, message: `event #${e.seq} was altered after it was recorded` },
        };
      }
      // A well-chained event the catalogue cannot read was written by something other than the app.
      if (!parseAuditEvent(e)) {
        return {
          ok: false,
          checked,
          head,
          problem: {
            kind: "unknown",
            seq: e.seq,
            message: `event #${e.seq} (${e.entityType} ${e.action}) is not an event the app writes`,
          },
        };
      }
      prevHash = e.hash;
      head = { seq: e.seq, hash: e.hash };
      expectedSeq++;
    }
    if (batch.length < batchSize) break;
    afterId = batch[batch.length - 1]!.id;
  }
  return { ok: true, checked, head, problem: null };
}
