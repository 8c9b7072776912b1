// After the write test (the server stopped, so PGlite can be opened): every
// acknowledged save must be a follow-up row and a FollowUp create event, and
// the chain after the generated history (the seed, the users, the sign-ins,
// the saves) must still follow from the generated head, hash by hash.
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { hashEvent } from "@/lib/audit/hash";

export interface SaveCheck {
  acknowledged: number;
  inRows: number;
  inAudit: number;
  lost: string[];
  tail: { ok: boolean; checked: number; problem: string | null };
}

export async function checkSaves(
  target: DatabaseTarget,
  tokens: string[],
  from: { seq: number; hash: string },
): Promise<SaveCheck> {
  const db = await openDatabase(target);
  try {
    const rows = new Set(
      (
        await db.sql.query<{ t: string }>(
          `SELECT action_taken AS t FROM follow_ups WHERE action_taken LIKE 'Synthetic benchmark save %'`,
        )
      ).map((r) => r.t),
    );
    const events = new Set(
      (
        await db.sql.query<{ t: string }>(
          `SELECT changes->'actionTaken'->>'to' AS t FROM audit_events WHERE seq > $1 AND entity_type = 'FollowUp' AND action = 'create'`,
          [from.seq],
        )
      ).map((r) => r.t),
    );
    const lost = tokens.filter((t) => !rows.has(t) || !events.has(t));
    const tail = await checkTail(db.prisma, from);
    return {
      acknowledged: tokens.length,
      inRows: tokens.filter((t) => rows.has(t)).length,
      inAudit: tokens.filter((t) => events.has(t)).length,
      lost,
      tail,
    };
  } finally {
    await db.close();
  }
}

async function checkTail(
  prisma: Awaited<ReturnType<typeof openDatabase>>["prisma"],
  from: { seq: number; hash: string },
) {
  const events = await prisma.auditEvent.findMany({ where: { seq: { gt: from.seq } }, orderBy: { seq: "asc" } });
  let prev = from.hash;
  let seq = from.seq;
  for (const e of events) {
    const content = {
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
    };
    if (e.seq !== seq + 1 || e.prevHash !== prev || hashEvent(prev, content) !== e.hash) {
      return { ok: false, checked: e.seq - from.seq, problem: `event #${e.seq} does not follow from #${seq}` };
    }
    prev = e.hash;
    seq = e.seq;
  }
  return { ok: true, checked: events.length, problem: null };
}
