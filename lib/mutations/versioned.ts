// The update path shared by every versioned record: skip no-op saves, require
// a reason when a status changes, write with `WHERE version = opened`, audit
// the diff. A stale form is rebased, never blindly saved over: fields the user
// did not touch take the current values; if the user and someone else changed
// the same field differently, nothing is saved and both versions go back to
// the form (docs/decisions/005).
import { canonicalJson, diffFields } from "@/lib/audit/hash";
import { parseEvents } from "@/lib/audit/replay";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import type { EntityType } from "@/lib/audit/catalogue";
import { Abort, type ChangeSince, type Conflict } from "./outcome";
import { applyEvent } from "@/lib/audit/replay";

type Row = { id: string; version: number } & Record<string, unknown>;
type Scope = { cycleId: string | null; recommendationId: string | null };

export interface VersionedUpdate {
  tx: Tx;
  actor: Actor;
  entityType: EntityType;
  /** Current row (must include id and version). */
  current: Row;
  openedVersion: number;
  fields: readonly string[];
  data: Record<string, unknown>;
  reason: string | null | undefined;
  /** Changing this field requires a reason. */
  statusField?: string;
  action?: "update" | "withdraw" | "assign-owner";
  scope: Scope;
  /** Performs `UPDATE … WHERE id AND version = <version>`, returning the row or null. */
  write: (data: Record<string, unknown>, version: number) => Promise<Record<string, unknown> | null>;
}

export interface Updated {
  id: string;
  changed: boolean;
  /** The record's version now: the form's next save starts from it. */
  version: number;
  /** Others' changes this save was applied on top of (a rebased stale form). */
  rebasedOver: ChangeSince[];
}

// A date is one thing to the user: its precision and span change together.
const GROUPS = [["datePrecision", "dateFrom", "dateTo"]];
function units(fields: readonly string[]): string[][] {
  const grouped = GROUPS.filter((g) => g.every((f) => fields.includes(f)));
  return [...grouped, ...fields.filter((f) => !grouped.some((g) => g.includes(f))).map((f) => [f])];
}

const norm = (v: unknown) => canonicalJson(v instanceof Date ? v.toISOString() : (v ?? null));
const same = (a: unknown, b: unknown) => norm(a) === norm(b);

/** The entity as it was at `version`, replayed from its audit events, and who changed what after it. */
async function historySince(tx: Tx, u: VersionedUpdate) {
  const rows = await tx.auditEvent.findMany({
    where: { entityType: u.entityType, entityId: u.current.id },
    orderBy: { seq: "asc" },
    select: {
      seq: true,
      occurredAt: true,
      action: true,
      entityType: true,
      entityId: true,
      changes: true,
      actorId: true,
      actorLabel: true,
    },
  });
  const { parsed } = parseEvents(rows);
  let base: Record<string, unknown> | null = null;
  const fields: Record<string, unknown> = {};
  const since: ChangeSince[] = [];
  for (const e of parsed) {
    const before = { ...fields };
    applyEvent(fields, e.data);
    if (base === null && fields.version === u.openedVersion) base = { ...fields };
    else if (base !== null) {
      const row = rows.find((r) => r.seq === e.seq)!;
      // Every field they changed, not only the form's: the message says who changed what.
      for (const f of Object.keys(fields)) {
        if (f === "version" || same(before[f], fields[f])) continue;
        since.push({
          field: f,
          to: fields[f] ?? null,
          by: row.actorLabel,
          byYou: row.actorId !== null && row.actorId === u.actor.id,
          at: e.occurredAt,
        });
      }
    }
  }
  return { base, since };
}

/**
 * Three-way merge of a stale form: base (the record as the form was opened),
 * mine (submitted), theirs (current). Throws a conflict when both sides
 * changed a field differently.
 */
async function rebase(
  u: VersionedUpdate,
  proposed: Record<string, unknown>,
): Promise<{ merged: Record<string, unknown>; since: ChangeSince[] }> {
  const { base, since } = await historySince(u.tx, u);
  if (!base)
    throw new Abort({
      kind: "conflict",
      changes: since,
      conflicts: [],
      merged: null,
      currentVersion: u.current.version,
    });
  const merged: Record<string, unknown> = {};
  const conflicts: Conflict[] = [];
  for (const unit of units(u.fields)) {
    const pick = (row: Record<string, unknown>) => unit.map((f) => row[f] ?? null);
    const mineChanged = !same(pick(proposed), pick(base));
    const theirsChanged = !same(pick(u.current), pick(base));
    for (const f of unit) merged[f] = mineChanged ? proposed[f] : u.current[f];
    if (mineChanged && theirsChanged && !same(pick(proposed), pick(u.current))) {
      for (const f of unit) conflicts.push({ field: f, mine: proposed[f] ?? null, theirs: u.current[f] ?? null });
    }
  }
  if (conflicts.length > 0)
    throw new Abort({ kind: "conflict", changes: since, conflicts, merged, currentVersion: u.current.version });
  return { merged, since };
}

export async function versionedUpdate(u: VersionedUpdate): Promise<Updated> {
  const before = Object.fromEntries(u.fields.map((f) => [f, u.current[f]]));
  let proposed: Record<string, unknown> = {
    ...before,
    ...Object.fromEntries(Object.entries(u.data).filter(([k]) => u.fields.includes(k))),
  };
  let rebasedOver: ChangeSince[] = [];
  if (u.current.version !== u.openedVersion) {
    const r = await rebase(u, proposed);
    proposed = r.merged;
    rebasedOver = r.since;
  }
  const diff = diffFields(before, proposed, u.fields);
  if (Object.keys(diff).length === 0)
    return { id: u.current.id, changed: false, version: u.current.version, rebasedOver };
  if (u.statusField && diff[u.statusField] && !u.reason) {
    throw new Abort({ kind: "invalid", fieldErrors: { reason: ["Give a reason for changing the status"] } });
  }
  const row = await u.write(proposed, u.current.version);
  // Someone saved between our read and our write: the caller's form is stale again.
  if (!row)
    throw new Abort({
      kind: "conflict",
      changes: [],
      conflicts: [],
      merged: null,
      currentVersion: u.current.version + 1,
    });
  const after = Object.fromEntries([...u.fields, "version"].map((f) => [f, row[f]]));
  await recordAudit(u.tx, {
    actor: u.actor,
    action: u.action ?? "update",
    entityType: u.entityType,
    entityId: u.current.id,
    ...u.scope,
    changes: diffFields({ ...before, version: u.current.version }, after, [...u.fields, "version"]),
    reason: u.reason ?? null,
  } as Parameters<typeof recordAudit>[1]);
  return { id: u.current.id, changed: true, version: Number(row.version), rebasedOver };
}

export async function auditCreate(
  tx: Tx,
  actor: Actor,
  entityType: EntityType,
  row: Record<string, unknown> & { id: string },
  fields: readonly string[],
  scope: Scope,
  reason: string | null,
) {
  await recordAudit(tx, {
    actor,
    action: "create",
    entityType,
    entityId: row.id,
    ...scope,
    changes: diffFields({}, row, [...fields, "version"]),
    reason,
  } as Parameters<typeof recordAudit>[1]);
}
