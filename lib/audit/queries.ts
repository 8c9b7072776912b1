import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Tx } from "./record";
import type { AuditFilter } from "./schema";

export interface ChangeSince {
  field: string;
  to: unknown;
  by: string;
  at: Date;
}

/**
 * What others changed on an entity after the version a form was opened at,
 * read from the audit history (every update records `version` in its diff).
 * Latest value per field.
 */
export async function changesSinceVersion(tx: Tx, entityType: string, entityId: string, openedVersion: number): Promise<ChangeSince[]> {
  const events = await tx.auditEvent.findMany({ where: { entityType, entityId }, orderBy: { seq: "asc" }, select: { changes: true, actorLabel: true, occurredAt: true } });
  const latest = new Map<string, ChangeSince>();
  for (const e of events) {
    const changes = e.changes as Record<string, { from?: unknown; to?: unknown }> | null;
    const version = changes?.version?.to;
    if (typeof version !== "number" || version <= openedVersion) continue;
    for (const [field, c] of Object.entries(changes ?? {})) {
      if (field === "version" || field === "updatedById") continue;
      latest.set(field, { field, to: c?.to ?? null, by: e.actorLabel, at: e.occurredAt });
    }
  }
  return [...latest.values()];
}

const eventSelect = {
  seq: true, occurredAt: true, actorId: true, actorLabel: true, action: true, entityType: true, entityId: true,
  cycleId: true, recommendationId: true, changes: true, reason: true, hash: true,
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** The full history of one recommendation and everything attached to it, oldest first. */
export async function recommendationTimeline(recommendationId: string, hideEntityIds: string[] = []): Promise<AuditEventRow[]> {
  const db = await prisma();
  return db.auditEvent.findMany({
    where: { recommendationId, ...(hideEntityIds.length ? { entityId: { notIn: hideEntityIds } } : {}) },
    orderBy: { seq: "asc" },
    select: eventSelect,
  });
}

const SECURITY_TYPES = ["User", "Invite"];

async function whereOf(filter: AuditFilter, includeSecurity: boolean): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actor) where.actorId = filter.actor;
  if (filter.entityType) where.entityType = filter.entityType;
  if (!includeSecurity) where.entityType = filter.entityType && !SECURITY_TYPES.includes(filter.entityType) ? filter.entityType : { notIn: SECURITY_TYPES };
  if (filter.action) where.action = filter.action;
  if (filter.cycle) {
    const db = await prisma();
    const c = await db.electionCycle.findUnique({ where: { slug: filter.cycle }, select: { id: true } });
    where.cycleId = c?.id ?? "none";
  }
  if (filter.from || filter.to) {
    where.occurredAt = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of events, newest first; `before` is the seq to continue from. */
export async function listAuditEvents(filter: AuditFilter, includeSecurity: boolean) {
  const db = await prisma();
  const where = await whereOf(filter, includeSecurity);
  const rows = await db.auditEvent.findMany({
    where: filter.before ? { AND: [where, { seq: { lt: filter.before } }] } : where,
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: eventSelect,
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.seq : null };
}

/** All matching events, oldest first, in batches (for the CSV export: never all in memory). */
export async function* auditEventBatches(filter: AuditFilter, includeSecurity: boolean, batchSize = 500): AsyncGenerator<AuditEventRow[]> {
  const db = await prisma();
  const where = await whereOf(filter, includeSecurity);
  let after = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { AND: [where, { seq: { gt: after } }] }, orderBy: { seq: "asc" }, take: batchSize, select: eventSelect });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.seq;
    if (rows.length < batchSize) return;
  }
}

/** Options for the audit filters. */
export async function auditFilterOptions() {
  const db = await prisma();
  const [users, cycles] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.electionCycle.findMany({ orderBy: { year: "asc" }, select: { slug: true, year: true, title: true } }),
  ]);
  return { users, cycles };
}
