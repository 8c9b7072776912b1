// Writes one audit event inside the caller's transaction, chained to the
// previous event. Call it from mutations only, with the transaction client,
// so the change and its audit row commit or fail together.
import type { Prisma } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashEvent, type FieldChanges } from "./hash";

export type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: "System (seed data)" };

export interface AuditInput {
  actor: Actor;
  action: string; // "create" | "update" | "withdraw" | "sign-in" | …
  entityType: string;
  entityId: string;
  cycleId?: string | null;
  recommendationId?: string | null;
  changes: FieldChanges | Record<string, unknown>;
  reason?: string | null;
}

// Serialises writers of the chain (across processes and app instances on one
// PostgreSQL): the lock is held until the surrounding transaction ends.
const AUDIT_CHAIN_LOCK = 727_002;

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true, seq: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    seq: (last?.seq ?? 0) + 1,
    occurredAt: new Date(),
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    cycleId: input.cycleId ?? null,
    recommendationId: input.recommendationId ?? null,
    changes: JSON.parse(JSON.stringify(input.changes)) as Prisma.InputJsonValue,
    reason: input.reason ?? null,
  };
  await tx.auditEvent.create({ data: { ...content, prevHash, hash: hashEvent(prevHash, content) } });
}
