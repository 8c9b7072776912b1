// What every kind of generated row shares: the shape of a creation (row,
// event changes, reason, scope), and the two ways the app writes one: seed
// style (lib/seed/seed.ts: every non-null field, by the system) and mutation
// style (auditCreate: the mutation's field list and the version).
import { diffFields } from "@/lib/audit/hash";
import type { EntityType } from "@/lib/audit/catalogue";
import type { DatedPlan, EntityPlan } from "./plan-types";
import { countryCode } from "./shape";

export type Row = Record<string, unknown>;

export interface Created {
  table: string;
  entityType: EntityType;
  row: Row;
  changes: Record<string, unknown>;
  reason: string | null;
  scope: { cycleId: string | null; recommendationId: string | null };
  /** The fields a correction may change (the mutation's list). */
  fields: readonly string[];
  /** The changes of an unassign/unlink. */
  removal?: Record<string, unknown>;
}

export const GENERATED = "Generated benchmark data (scripts/bench-scale)";
export const none: Created["scope"] = { cycleId: null, recommendationId: null };
export const date = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms));
export const dated = (d: DatedPlan) => ({
  datePrecision: d.p,
  dateFrom: date(d.from),
  dateTo: date(d.to)!,
  dateNote: d.note,
});
export const cycleSlug = (cycle: EntityPlan) => `${countryCode(cycle.a.c!).toLowerCase()}-${cycle.a.year}`;
export const recLabel = (rec: EntityPlan) => (rec.a.letter ? `${rec.a.number}(${rec.a.letter})` : String(rec.a.number));
export const recScope = (rec: EntityPlan) => ({ cycleId: rec.parent!.id, recommendationId: rec.id });

/** Seed style (lib/seed/seed.ts): the data as given, every non-null field in the event. */
export function seeded(table: string, entityType: EntityType, data: Row, scope: Created["scope"] = none): Created {
  return { table, entityType, row: data, changes: diffFields({}, data), reason: GENERATED, scope, fields: [] };
}

/** Mutation style (auditCreate): the mutation's fields and the version. */
export function created(
  table: string,
  entityType: EntityType,
  row: Row,
  fields: readonly string[],
  scope: Created["scope"],
  reason: string | null,
): Created {
  return { table, entityType, row, changes: diffFields({}, row, [...fields, "version"]), reason, scope, fields };
}
