// CSV of audit events: RFC 4180 quoting, UTF-8 (the route adds a BOM for
// Excel), and cells that a spreadsheet would run as a formula are neutralised.
import type { AuditEventRow } from "./queries";
import { canonicalJson } from "./hash";

/** Quote a cell; prefix cells starting with = + - @ tab or CR so spreadsheets show them as text. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : typeof value === "string" ? value : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const AUDIT_CSV_COLUMNS = ["seq", "occurred_at", "actor", "actor_id", "action", "entity_type", "entity_id", "cycle_id", "recommendation_id", "reason", "changes", "hash"];

export function auditCsvRow(e: AuditEventRow): string {
  return [e.seq, e.occurredAt, e.actorLabel, e.actorId, e.action, e.entityType, e.entityId, e.cycleId, e.recommendationId, e.reason, canonicalJson(e.changes), e.hash]
    .map(csvCell)
    .join(",");
}
