// The tracker's time line: for each tracked entity type, its current table,
// its versions table and the columns they share. record.ts writes a version
// (a copy of the current row, made by the database itself) in the same
// transaction as every audit event; "as recorded on D" reads these ranges.
import type { Tx } from "./record";

export interface Versioned {
  table: string;
  versions: string;
  /** Columns copied from the current row, besides the entity id. */
  columns: readonly string[];
  /** SQL for the audit entity id of a current row. */
  idExpr: string;
  /** SQL condition selecting the current row of entity id $1. */
  where: string;
}

const DATED = ["date_precision", "date_from", "date_to", "date_note"];
const WITHDRAWAL = ["withdrawn_at", "withdrawal_reason"];
const byId = { idExpr: "id", where: "id = $1" };

export const VERSIONED = {
  Recommendation: {
    table: "recommendations",
    versions: "recommendation_versions",
    ...byId,
    columns: [
      "cycle_id",
      "section_id",
      "label",
      "number",
      "letter",
      "order",
      "priority",
      "lead_in",
      "text",
      "text_verification",
      "source_document_id",
      "source_location",
      "source_url",
      "provenance",
      "owner_id",
      "version",
    ],
  },
  StateResponse: {
    table: "state_responses",
    versions: "state_response_versions",
    ...byId,
    columns: [
      "recommendation_id",
      "entry_no",
      "status",
      "text",
      "status_sentence",
      ...DATED,
      "document_id",
      "location",
      "source_url",
      ...WITHDRAWAL,
      "version",
    ],
  },
  Assessment: {
    table: "assessments",
    versions: "assessment_versions",
    ...byId,
    columns: [
      "recommendation_id",
      "entry_no",
      "status",
      "assessor_type",
      "assessor_name",
      ...DATED,
      "rationale",
      "document_id",
      "location",
      "source_url",
      ...WITHDRAWAL,
      "version",
    ],
  },
  FollowUp: {
    table: "follow_ups",
    versions: "follow_up_versions",
    ...byId,
    columns: [
      "recommendation_id",
      "entry_no",
      ...DATED,
      "action_taken",
      "institution_id",
      "evidence_document_id",
      "evidence_location",
      "evidence_url",
      "next_step",
      "target_date",
      "internal",
      ...WITHDRAWAL,
      "version",
    ],
  },
  RecommendationInstitution: {
    table: "recommendation_institutions",
    versions: "recommendation_institution_versions",
    columns: ["recommendation_id", "institution_id", ...DATED],
    idExpr: "recommendation_id || ':' || institution_id",
    where: "recommendation_id = split_part($1, ':', 1) AND institution_id = split_part($1, ':', 2)",
  },
  RecommendationLink: {
    table: "recommendation_links",
    versions: "recommendation_link_versions",
    columns: ["from_id", "to_id", "kind", "note"],
    idExpr: "from_id || ':' || to_id",
    where: "from_id = split_part($1, ':', 1) AND to_id = split_part($1, ':', 2)",
  },
} as const satisfies Record<string, Versioned>;

export type VersionedType = keyof typeof VERSIONED;
export const isVersioned = (t: string): t is VersionedType => t in VERSIONED;

const quote = (c: string) => `"${c}"`;

/**
 * Closes the entity's open version at `at` and, unless the row is gone (an
 * institution unassigned, a link removed), opens a new one from the row as
 * it now is. `at` is the audit event's time, `seq` its position in the chain.
 */
export async function writeVersion(
  tx: Tx,
  type: VersionedType,
  entityId: string,
  at: Date,
  seq: number,
): Promise<void> {
  const v: Versioned = VERSIONED[type];
  const when = at.toISOString();
  await tx.$executeRawUnsafe(
    `UPDATE ${v.versions} SET recorded_to = CAST($2 AS timestamp) WHERE id = $1 AND recorded_to IS NULL`,
    entityId,
    when,
  );
  const cols = v.columns.map(quote).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO ${v.versions} (id, ${cols}, recorded_from, audit_seq)
     SELECT ${v.idExpr}, ${cols}, CAST($2 AS timestamp), $3 FROM ${v.table} WHERE ${v.where}`,
    entityId,
    when,
    seq,
  );
}
