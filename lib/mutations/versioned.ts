// The update path shared by every versioned record: refuse a stale version
// (telling what changed since), skip no-op saves, require a reason when a
// status changes, write with `WHERE version = opened`, and audit the diff.
import { changesSinceVersion } from "@/lib/audit/queries";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { Abort } from "./outcome";

export interface VersionedUpdate {
  tx: Tx;
  actor: Actor;
  entityType: string;
  /** Current row (must include id and version). */
  current: { id: string; version: number } & Record<string, unknown>;
  openedVersion: number;
  fields: readonly string[];
  data: Record<string, unknown>;
  reason: string | null | undefined;
  /** Changing this field requires a reason. */
  statusField?: string;
  action?: string;
  scope: { cycleId: string | null; recommendationId: string | null };
  /** Performs `UPDATE … WHERE id AND version = openedVersion`, returning the row or null. */
  write: (data: Record<string, unknown>) => Promise<Record<string, unknown> | null>;
}

export async function versionedUpdate(u: VersionedUpdate): Promise<{ id: string; changed: boolean }> {
  if (u.current.version !== u.openedVersion) {
    throw new Abort({ kind: "conflict", changes: await changesSinceVersion(u.tx, u.entityType, u.current.id, u.openedVersion), currentVersion: u.current.version });
  }
  const before = Object.fromEntries(u.fields.map((f) => [f, u.current[f]]));
  const proposed = { ...before, ...Object.fromEntries(Object.entries(u.data).filter(([k]) => u.fields.includes(k))) };
  const diff = diffFields(before, proposed, u.fields);
  if (Object.keys(diff).length === 0) return { id: u.current.id, changed: false };
  if (u.statusField && diff[u.statusField] && !u.reason) {
    throw new Abort({ kind: "invalid", fieldErrors: { reason: ["Give a reason for changing the status"] } });
  }
  const row = await u.write(u.data);
  if (!row) throw new Abort({ kind: "conflict", changes: [], currentVersion: u.current.version + 1 });
  const after = Object.fromEntries([...u.fields, "version"].map((f) => [f, row[f]]));
  await recordAudit(u.tx, {
    actor: u.actor,
    action: u.action ?? "update",
    entityType: u.entityType,
    entityId: u.current.id,
    ...u.scope,
    changes: diffFields({ ...before, version: u.current.version }, after, [...u.fields, "version"]),
    reason: u.reason ?? null,
  });
  return { id: u.current.id, changed: true };
}

export async function auditCreate(
  tx: Tx,
  actor: Actor,
  entityType: string,
  row: Record<string, unknown> & { id: string },
  fields: readonly string[],
  scope: { cycleId: string | null; recommendationId: string | null },
  reason: string | null,
) {
  await recordAudit(tx, { actor, action: "create", entityType, entityId: row.id, ...scope, changes: diffFields({}, row, [...fields, "version"]), reason });
}
