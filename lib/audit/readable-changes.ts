// Changes of audit events in words: names for ids, vocabulary labels for
// codes, days for dates, and a dated entry's precision and bounds as one date
// ("Date: between 13 July 2011 and 30 September 2011"). Pure; the names come
// from resolveAuditNames (lib/audit/names.ts), looked up for a whole batch; the words from the reader's
// catalogue (lib/audit/words.ts), English unless a language is given.
import type { Dated } from "@/lib/dated";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import { diffsOf, FIELDS, type AuditEventData, type DiffMap } from "./catalogue";
import { bodyWithNames } from "@/lib/comments/mentions";
import { codeLabel, fieldLabel } from "./field-labels";
import { english, type AuditWords } from "./words";

/** An audit event as stored (the columns the audit page and export read). */
export interface StoredAuditEvent {
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
  hash: string;
}

export type DatedValue = Pick<Dated, "datePrecision" | "dateFrom" | "dateTo">;

/** Names of the records that events refer to by id. */
export interface AuditNames {
  recommendations: Map<string, { year: number; label: string }>;
  cycles: Map<string, { year: number; title: string; slug: string; country: string }>;
  documents: Map<string, string>;
  institutions: Map<string, string>;
  sections: Map<string, string>;
  countries: Map<string, string>;
  claims: Map<string, string>;
  users: Map<string, string>;
  invites: Map<string, string>;
  apiTokens: Map<string, string>;
  /** A dated entry's date after an event (by the event's seq), for updates that changed only part of it. */
  datesAfter: Map<number, DatedValue>;
}
export type NameKind = Exclude<keyof AuditNames, "datesAfter">;

export interface ChangeLine {
  field: string;
  label: string;
  /** Absent for a value set from nothing (a creation) or a plain detail (of a sign-in). */
  from?: string;
  to: string;
}

/** Fields whose values are ids, and whose names they take. */
export const ID_FIELDS: Record<string, NameKind> = {
  documentId: "documents",
  evidenceDocumentId: "documents",
  sourceDocumentId: "documents",
  institutionId: "institutions",
  sectionId: "sections",
  parentId: "sections",
  cycleId: "cycles",
  countryId: "countries",
  toId: "recommendations",
  recommendationId: "recommendations",
  mentionIds: "users",
  ownerId: "users",
};

export const DATE_FIELDS = ["datePrecision", "dateFrom", "dateTo"] as const;
const CREATING = new Set(["create", "assign", "link", "invite"]);

/** True if the event changed a date only in part (the rest must be read from its version). */
export function needsDateAfter(action: string, diffs: DiffMap): boolean {
  const present = DATE_FIELDS.filter((f) => diffs[f]);
  return !CREATING.has(action) && present.length > 0 && present.length < DATE_FIELDS.length;
}

// Bookkeeping that a reader does not need: version counters, address slugs, seed keys and file names
// (the CSV keeps the raw diff).
// An import's created ids are read as its labels (the `labels` field).
// A published draft's entry (or response) id: the "Published" event and the entry's own "Created" event say it
// in words.
const HIDDEN = new Set([
  "version",
  "updatedById",
  "slug",
  "key",
  "sourceFile",
  "createdIds",
  "followUpId",
  "stateResponseId",
  // A translation's text is named by `subject` and the event's recommendation (or, for a title, its record).
  "subjectId",
]);
const DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const pad = (n: number) => String(n).padStart(2, "0");
const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** The English words for an empty value and a record no longer in the tracker (the catalogue has them all). */
export const EMPTY = "(empty)";
export const GONE = "(no longer in the tracker)";
const empty = (w: AuditWords) => w.t("auditEvents.empty");
const gone = (w: AuditWords) => w.t("auditEvents.gone");

/** "2026-03-04 05:06:07": when an event was recorded, in UTC. */
export const whenUtc = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");

type Rec = { year: number; label: string };
export const recommendationLabel = (r: Rec, w: AuditWords = english()) =>
  w.t("auditEvents.recommendation", { year: String(r.year), label: r.label });
export const recommendationShort = (r: Rec, w: AuditWords = english()) =>
  w.t("auditEvents.recommendationShort", { year: String(r.year), label: r.label });
export const cycleLabel = (c: { year: number; title: string }, w: AuditWords = english()) =>
  w.t("auditEvents.cycle", { year: String(c.year), title: c.title });

export function nameOf(kind: NameKind, id: string, names: AuditNames, w: AuditWords = english()): string | undefined {
  if (kind === "recommendations") {
    const r = names.recommendations.get(id);
    return r && recommendationLabel(r, w);
  }
  if (kind === "cycles") {
    const c = names.cycles.get(id);
    return c && cycleLabel(c, w);
  }
  return names[kind].get(id);
}

/** One value in words: names for ids, labels for codes, days for dates, Yes/No. Never cut. */
export function valueText(
  entityType: string,
  field: string,
  value: unknown,
  names: AuditNames,
  w: AuditWords = english(),
): string {
  if (isEmpty(value)) return empty(w);
  if (typeof value === "boolean") return w.t(value ? "auditEvents.yes" : "auditEvents.no");
  if (typeof value === "number") return String(value);
  const kind = ID_FIELDS[field];
  // A list of ids (the people a comment mentions): their names.
  if (Array.isArray(value) && kind)
    return value.length === 0 ? empty(w) : value.map((v) => nameOf(kind, String(v), names, w) ?? gone(w)).join(", ");
  if (typeof value !== "string") return JSON.stringify(value);
  // A comment's mentions are stored as user ids: shown by name.
  if (entityType === "Comment" && field === "body") return bodyWithNames(value, (id) => names.users.get(id));
  if (kind) return nameOf(kind, value, names, w) ?? gone(w);
  const code = codeLabel(entityType, field, value, w);
  if (code) return code;
  if (DAY.test(value)) return formatDate(new Date(value), w.locale);
  if (TIME.test(value)) {
    const d = new Date(value);
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    return w.t("auditEvents.moment", { day: formatDate(d, w.locale), time });
  }
  return value;
}

/** A dated entry's date in words: "13 July 2011", "July 2011", "2011", "between … and …", "not after …". */
function datedWords(p: Dated["datePrecision"], from: Date | null, to: Date, w: AuditWords): string {
  const start = from ?? to;
  if (p === "DAY") return formatDate(start, w.locale);
  if (p === "MONTH") return formatMonth(start, w.locale);
  if (p === "YEAR") return String(start.getUTCFullYear());
  return from
    ? w.t("auditEvents.dateBetween", { from: formatDate(from, w.locale), to: formatDate(to, w.locale) })
    : w.t("auditEvents.dateNotAfter", { to: formatDate(to, w.locale) });
}

/** One side of a date change in words; parts the diff leaves out are as after the event (`known`). */
function dateSide(
  which: "from" | "to",
  diffs: DiffMap,
  known: DatedValue | null | undefined,
  w: AuditWords,
): string | null {
  const pick = (f: (typeof DATE_FIELDS)[number]): unknown => (diffs[f] ? diffs[f]![which] : (known?.[f] ?? null));
  const p = pick("datePrecision");
  const to = pick("dateTo");
  if (typeof p !== "string" || isEmpty(to)) return null;
  const day = (v: unknown) => (v instanceof Date ? v : typeof v === "string" ? new Date(v) : null);
  return datedWords(p as Dated["datePrecision"], day(pick("dateFrom")), day(to)!, w);
}

/** The date of a dated entry as one line ("Date: July 2011 → 13 July 2011"), or null to list its parts. */
function dateLine(e: StoredAuditEvent, diffs: DiffMap, names: AuditNames, w: AuditWords): ChangeLine | null {
  const label = fieldLabel("date", w);
  // A creation's diff omits what is empty (an unknown earliest day): nothing before, the rest is empty.
  if (CREATING.has(e.action)) {
    const after = dateSide("to", diffs, null, w);
    return after ? { field: "date", label, to: after } : null;
  }
  // An update's diff omits what did not change: that part is read from the entry's version.
  const known = names.datesAfter.get(e.seq);
  if (!known && needsDateAfter(e.action, diffs)) return null;
  const before = dateSide("from", diffs, known, w);
  const after = dateSide("to", diffs, known, w);
  if (!before && !after) return null;
  return before ? { field: "date", label, from: before, to: after ?? empty(w) } : { field: "date", label, to: after! };
}

function detailLines(data: AuditEventData, names: AuditNames, w: AuditWords): ChangeLine[] {
  const details = data.changes as Record<string, unknown>;
  return Object.entries(details)
    .filter(([, v]) => !isEmpty(v))
    .map(([field, v]) => ({ field, label: fieldLabel(field, w), to: valueText(data.entityType, field, v, names, w) }));
}

/** The changes of a parsed event as lines, in the catalogue's reading order. */
export function changeLines(
  e: StoredAuditEvent,
  data: AuditEventData,
  names: AuditNames,
  w: AuditWords = english(),
): ChangeLine[] {
  const diffs = diffsOf(data);
  if (Object.keys(diffs).length === 0) return detailLines(data, names, w);
  const order = Object.keys((FIELDS as Record<string, object>)[data.entityType] ?? {});
  const fields = Object.keys(diffs).sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999));
  const date = DATE_FIELDS.some((f) => diffs[f]) ? dateLine(e, diffs, names, w) : null;
  const lines: ChangeLine[] = [];
  for (const field of fields) {
    const c = diffs[field];
    if (!c || HIDDEN.has(field) || (isEmpty(c.from) && isEmpty(c.to))) continue;
    if (date && (DATE_FIELDS as readonly string[]).includes(field)) {
      if (!lines.includes(date)) lines.push(date);
      continue;
    }
    // Said once: the recommendation column names the recommendation, an assignment its institution,
    // a link its target.
    if (field === "recommendationId" || (field === "cycleId" && data.entityType === "Recommendation")) continue;
    if (field === "institutionId" && diffs.institution) continue;
    if (field === "themeId" && diffs.theme) continue; // the theme is named by `theme`
    if (field === "earlier" && diffs.toId) continue;
    if ((field === "followUpId" || field === "stateResponseId") && diffs.entry) continue;
    // A user's institution is the one they belong to, not one responsible for a recommendation.
    const member = field === "institutionId" && (data.entityType === "User" || data.entityType === "Invite");
    const translation = field === "kind" && data.entityType === "ContentTranslation";
    const label = fieldLabel(member ? "memberInstitution" : translation ? "translationKind" : field, w);
    const to = valueText(data.entityType, field, c.to, names, w);
    const from = isEmpty(c.from) ? undefined : valueText(data.entityType, field, c.from, names, w);
    lines.push(from === undefined ? { field, label, to } : { field, label, from, to });
  }
  return lines;
}

/** No names at all (every lookup falls back): for tests and for events that need none. */
export function emptyNames(): AuditNames {
  return {
    recommendations: new Map(),
    cycles: new Map(),
    documents: new Map(),
    institutions: new Map(),
    sections: new Map(),
    countries: new Map(),
    claims: new Map(),
    users: new Map(),
    invites: new Map(),
    apiTokens: new Map(),
    datesAfter: new Map(),
  };
}
