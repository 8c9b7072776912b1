import type { Prisma } from "@/lib/generated/prisma/client";
import { byName } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { resolveAuditNames } from "./names";
import { cycleLabel, readableEvent, type AuditEntry } from "./readable";
import { SECURITY_ENTITY_TYPES } from "./field-labels";
import { english, type AuditWords } from "./words";
import type { AuditFilter } from "./schema";

const eventSelect = {
  seq: true,
  occurredAt: true,
  actorId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  cycleId: true,
  recommendationId: true,
  changes: true,
  reason: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

const SECURITY_TYPES: string[] = [...SECURITY_ENTITY_TYPES];

async function whereOf(filter: AuditFilter, includeSecurity: boolean): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.actor) where.actorId = filter.actor;
  if (filter.entityType) where.entityType = filter.entityType;
  // Account and sign-in events are for administrators: for others, asking for them finds nothing.
  if (!includeSecurity) {
    where.entityType = !filter.entityType
      ? { notIn: SECURITY_TYPES }
      : SECURITY_TYPES.includes(filter.entityType)
        ? { in: [] }
        : filter.entityType;
  }
  if (filter.action) where.action = filter.action;
  if (filter.cycle || filter.country || filter.year) {
    const db = await prisma();
    const cycles = await db.electionCycle.findMany({
      where: {
        slug: filter.cycle,
        year: filter.year,
        ...(filter.country ? { country: { code: filter.country } } : {}),
      },
      select: { id: true },
    });
    where.cycleId = { in: cycles.map((c) => c.id) };
  }
  if (filter.from || filter.to) {
    where.occurredAt = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

export const AUDIT_PAGE_SIZE = 25;

/** Events in words, with every name they need looked up for the whole batch at once. */
export async function readableEvents(rows: AuditEventRow[], words: AuditWords = english()): Promise<AuditEntry[]> {
  if (rows.length === 0) return [];
  const names = await resolveAuditNames(await prisma(), rows);
  return rows.map((r) => readableEvent(r, names, words));
}

/** One page of events in the reader's words, newest first; `before` is the seq to continue from. */
export async function listAuditEvents(
  filter: AuditFilter,
  includeSecurity: boolean,
  words: AuditWords = english(),
): Promise<{ events: AuditEntry[]; nextBefore: number | null }> {
  const db = await prisma();
  const where = await whereOf(filter, includeSecurity);
  const rows = await db.auditEvent.findMany({
    where: filter.before ? { AND: [where, { seq: { lt: filter.before } }] } : where,
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: eventSelect,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const nextBefore = rows.length > AUDIT_PAGE_SIZE ? page[AUDIT_PAGE_SIZE - 1]!.seq : null;
  return { events: await readableEvents(page, words), nextBefore };
}

/** One event in words, by its position in the chain; null if there is none or it is not for this reader. */
export async function auditEventBySeq(
  seq: number,
  includeSecurity: boolean,
  words: AuditWords = english(),
): Promise<AuditEntry | null> {
  const db = await prisma();
  const row = await db.auditEvent.findUnique({ where: { seq }, select: eventSelect });
  if (!row || (!includeSecurity && SECURITY_TYPES.includes(row.entityType))) return null;
  return (await readableEvents([row], words))[0]!;
}

/**
 * All matching events in words, oldest first, in batches (for the CSV export: never all in memory). In English:
 * the export is a machine record whose columns and words stay the same whoever downloads it.
 */
export async function* auditEventBatches(
  filter: AuditFilter,
  includeSecurity: boolean,
  batchSize = 500,
): AsyncGenerator<AuditEntry[]> {
  const db = await prisma();
  const where = await whereOf(filter, includeSecurity);
  let after = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { AND: [where, { seq: { gt: after } }] },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: eventSelect,
    });
    if (rows.length === 0) return;
    yield await readableEvents(rows);
    after = rows[rows.length - 1]!.seq;
    if (rows.length < batchSize) return;
  }
}

export interface AuditFilterOptions {
  users: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  /** The cycle a link asked for, by name. */
  cycle: { slug: string; label: string; country: string } | null;
}

/** Options for the audit filters. */
export async function auditFilterOptions(cycleSlug?: string): Promise<AuditFilterOptions> {
  const db = await prisma();
  const [users, countries, cycle] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }).then(byName),
    db.country.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }).then(byName),
    cycleSlug
      ? db.electionCycle.findUnique({
          where: { slug: cycleSlug },
          select: { slug: true, year: true, title: true, country: { select: { name: true } } },
        })
      : null,
  ]);
  return {
    users,
    countries,
    cycle: cycle && { slug: cycle.slug, label: cycleLabel(cycle), country: cycle.country.name },
  };
}
