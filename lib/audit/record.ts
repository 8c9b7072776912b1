// Writes one audit event inside the caller's transaction, chained to the
// previous event, and the version row of the entity it changed (the tracker's
// time line). Call it from mutations only, with the transaction client, so
// the change, its event and its version commit or fail together.
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAuditEvent, type AuditEventData } from "./catalogue";
import { GENESIS_HASH, hashEvent } from "./hash";
import { isVersioned, writeVersion } from "./versions";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: "System (seed data)" };

export type AuditInput = AuditEventData & {
  actor: Actor;
  entityId: string;
  cycleId?: string | null;
  recommendationId?: string | null;
  reason?: string | null;
};

// Serialises writers of the chain (across processes and app instances on one
// PostgreSQL): the lock is held until the surrounding transaction ends.
export const AUDIT_CHAIN_LOCK = 727_002;

export interface Recorded {
  seq: number;
  occurredAt: Date;
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<Recorded> {
  const event = assertAuditEvent(input);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  // The database's clock, read under the lock: with several app instances,
  // time order is chain order. Milliseconds, as the column stores them.
  const [head] = await tx.$queryRaw<{ now: bigint | number; seq: number | null; hash: string | null }[]>`
    SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now,
           (SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1) AS seq,
           (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS hash`;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const content = {
    seq: (head?.seq ?? 0) + 1,
    occurredAt: new Date(Number(head!.now)),
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: event.action,
    entityType: event.entityType,
    entityId: input.entityId,
    cycleId: input.cycleId ?? null,
    recommendationId: input.recommendationId ?? null,
    changes: JSON.parse(JSON.stringify(event.changes)) as Prisma.InputJsonValue,
    reason: input.reason ?? null,
  };
  await tx.auditEvent.create({ data: { ...content, prevHash, hash: hashEvent(prevHash, content) } });
  if (isVersioned(event.entityType))
    await writeVersion(tx, event.entityType, input.entityId, content.occurredAt, content.seq);
  return { seq: content.seq, occurredAt: content.occurredAt };
}
