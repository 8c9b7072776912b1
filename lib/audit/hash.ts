// Hash chain of audit events: each event's hash covers its content and the
// previous event's hash, so altering, inserting or removing any event breaks
// every hash after it. Pure functions, shared by record and verify.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  cycleId: string | null;
  recommendationId: string | null;
  changes: unknown;
  reason: string | null;
}

/** JSON with object keys sorted at every level (jsonb does not keep key order). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashEvent(prevHash: string, e: AuditContent): string {
  const body = canonicalJson({ ...e, occurredAt: e.occurredAt.toISOString() });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return v.toString();
  return v ?? null;
}

/** Field-level before/after for the fields that differ (create: before = {}). */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[] = [...new Set([...Object.keys(before), ...Object.keys(after)])],
): FieldChanges {
  const out: FieldChanges = {};
  for (const f of fields) {
    const from = normalise(before[f]);
    const to = normalise(after[f]);
    if (canonicalJson(from) !== canonicalJson(to)) out[f] = { from, to };
  }
  return out;
}
