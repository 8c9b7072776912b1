// CSV of audit events: readable columns first (names, labels, changes in
// words), then the ids and the raw diff for machines. RFC 4180 quoting, UTF-8
// (the stream adds a BOM for Excel), and cells that a spreadsheet would run as
// a formula are neutralised (lib/csv.ts).
import { csvCell } from "@/lib/csv";
import { canonicalJson } from "./hash";
import { whenUtc, type AuditEntry, type ChangeLine } from "./readable";

export { csvCell };

const READABLE = ["When (UTC)", "Who", "What", "Record", "Recommendation", "Cycle", "Changes", "Reason"];
/** For machines: the event's position and hash in the chain, its codes, ids and diff as recorded. */
const MACHINE = [
  "event_seq",
  "hash",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "recommendation_id",
  "cycle_id",
  "changes_json",
];
export const AUDIT_CSV_COLUMNS = [...READABLE, ...MACHINE];

/** "Status: Accepted in part → Implemented; Date: July 2011" */
export function changesInWords(lines: ChangeLine[]): string {
  return lines.map((l) => `${l.label}: ${l.from !== undefined ? `${l.from} → ` : ""}${l.to}`).join("; ");
}

export function auditCsvRow(e: AuditEntry): string {
  const changes = e.readable
    ? changesInWords(e.lines)
    : "Details in a form this version does not read: see changes_json";
  const cycle = e.cycle ? `${e.cycle.country}, ${e.cycle.label}` : null;
  return [
    whenUtc(e.occurredAt),
    e.actorLabel,
    e.what,
    e.record,
    e.recommendation?.short,
    cycle,
    changes,
    e.reason,
    e.seq,
    e.hash,
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.recommendationId,
    e.cycleId,
    canonicalJson(e.changes),
  ]
    .map(csvCell)
    .join(",");
}
