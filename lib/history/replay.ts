// Rebuilds entities from their audit events: each event's field-level
// changes applied in chain order give the state after that event. Pure, so
// the point-in-time view is unit-tested without a database.
export interface ReplayEvent {
  seq: number;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
}

export interface ReplayedEntity {
  entityType: string;
  id: string;
  fields: Record<string, unknown>;
  /** Gone (e.g. an institution unassigned); withdrawn records stay, flagged by their fields. */
  removed: boolean;
}

export function replay(events: ReplayEvent[]): Map<string, ReplayedEntity> {
  const out = new Map<string, ReplayedEntity>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const key = `${e.entityType}:${e.entityId}`;
    const entity = out.get(key) ?? { entityType: e.entityType, id: e.entityId, fields: {}, removed: false };
    const changes = (e.changes ?? {}) as Record<string, { to?: unknown } | unknown>;
    for (const [field, change] of Object.entries(changes)) {
      if (change && typeof change === "object" && "to" in change) entity.fields[field] = (change as { to: unknown }).to;
    }
    entity.removed = e.action === "unassign" ? true : e.action === "assign" || e.action === "create" ? false : entity.removed;
    out.set(key, entity);
  }
  return out;
}

export function ofType(entities: Map<string, ReplayedEntity>, type: string): ReplayedEntity[] {
  return [...entities.values()].filter((e) => e.entityType === type && !e.removed);
}

/** Dates are stored in diffs as ISO strings. */
export function asDate(v: unknown): Date | null {
  return typeof v === "string" && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;
}
