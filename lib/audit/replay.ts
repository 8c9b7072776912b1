// Rebuilds entities from their typed audit events: each event's diffs applied
// in chain order give the entity after that event. Used by audit:verify (the
// tables must equal the replay) and by the rebase of a stale form (the record
// as the form was opened). Pure, unit-tested.
import { diffsOf, FIELDS, parseAuditEvent, type AuditEventData } from "./catalogue";

export interface StoredEvent {
  seq: number;
  occurredAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
}

export interface ReplayedEntity {
  entityType: string;
  id: string;
  fields: Record<string, unknown>;
  /** Gone: an institution unassigned, a link removed, what a reverted import created (withdrawn records stay). */
  removed: boolean;
}

const REMOVING = new Set(["unassign", "unlink", "remove", "remove-file", "remove-translation"]);
// Earlier releases' fields: an exact day became a DAY span; bookkeeping ids are not fields.
const LEGACY_DAY = new Set(["respondedOn", "assessedOn", "actionDate"]);
const DROPPED = new Set(["recommendationId", "updatedById"]);
// The language of an original is its column's default (English) until an "update" changes it: creations do
// not record it (docs/decisions/017-multilingual-content.md).
const LANGUAGE_FIELD: Partial<Record<string, string>> = {
  Recommendation: "textLanguage",
  StateResponse: "textLanguage",
  Document: "titleLanguage",
};

/** Applies one typed event to an entity's fields (mutates and returns them). */
export function applyEvent(fields: Record<string, unknown>, e: AuditEventData): Record<string, unknown> {
  // Earlier releases did not always record a new record's version: it was 1.
  if (e.action === "create" && "version" in (FIELDS[e.entityType] ?? {}) && fields.version === undefined)
    fields.version = 1;
  const language = LANGUAGE_FIELD[e.entityType];
  if (e.action === "create" && language && fields[language] === undefined) fields[language] = "EN";
  for (const [field, change] of Object.entries(diffsOf(e))) {
    if (!change || DROPPED.has(field) || (field === "cycleId" && e.entityType === "Recommendation")) continue;
    if (LEGACY_DAY.has(field)) {
      Object.assign(fields, change.to === null ? {} : { datePrecision: "DAY", dateFrom: change.to, dateTo: change.to });
      continue;
    }
    fields[field] = change.to;
  }
  return fields;
}

export interface ParsedEvent extends StoredEvent {
  data: AuditEventData;
}

/** Parses stored events; those that match nothing in the catalogue are returned apart. */
export function parseEvents(events: StoredEvent[]): { parsed: ParsedEvent[]; unknown: StoredEvent[] } {
  const parsed: ParsedEvent[] = [];
  const unknown: StoredEvent[] = [];
  for (const e of events) {
    const data = parseAuditEvent(e);
    if (data) parsed.push({ ...e, data });
    else unknown.push(e);
  }
  return { parsed, unknown };
}

/** Every entity touched by `events`, after the last of them (events in any order). */
export function replay(events: ParsedEvent[]): Map<string, ReplayedEntity> {
  const out = new Map<string, ReplayedEntity>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const key = `${e.entityType}:${e.entityId}`;
    const entity = out.get(key) ?? { entityType: e.entityType, id: e.entityId, fields: {}, removed: false };
    if (REMOVING.has(e.action)) {
      entity.fields = {};
      entity.removed = true;
    } else {
      applyEvent(entity.fields, e.data);
      entity.removed = false;
    }
    out.set(key, entity);
  }
  return out;
}

/** One entity's successive states: after each of its events, with the event's time and position. */
export function versionsOf(events: ParsedEvent[]): { seq: number; at: Date; fields: Record<string, unknown> | null }[] {
  const out: { seq: number; at: Date; fields: Record<string, unknown> | null }[] = [];
  let fields: Record<string, unknown> = {};
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (REMOVING.has(e.action)) {
      fields = {};
      out.push({ seq: e.seq, at: e.occurredAt, fields: null });
    } else {
      fields = applyEvent({ ...fields }, e.data);
      out.push({ seq: e.seq, at: e.occurredAt, fields: { ...fields } });
    }
  }
  return out;
}
