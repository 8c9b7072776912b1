// Turns audit events into readable history entries: when, who, what, why,
// and a field-by-field before/after table. Pure, so it is unit-tested.
// In English by default (the tests' and the audit's wording); with `words` (the page's translator and language)
// the phrases, values and times are in the reader's language. Field names come from lib/audit/field-labels.ts.
import { codeLabel, fieldLabel } from "@/lib/audit/field-labels";
import { auditWords } from "@/lib/audit/words";
import { formatDated, type Dated } from "@/lib/dated";
import { statusLabel } from "@/lib/i18n/status";
import type { Locale } from "@/lib/i18n/locales";
import { ASSESSMENT, ASSESSOR_TYPE, PRIORITY, PUBLICATION, STATE_RESPONSE } from "@/lib/vocab";
import type { AssessmentStatus, StateResponseStatus } from "@/lib/vocab";
import { formatDateTime, formatDay } from "./dates";

export { formatDateTime, formatDay };

export interface TimelineEvent {
  seq: number;
  occurredAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  reason: string | null;
}

/** Names for the ids that appear in diffs (documents, institutions). */
export interface Lookups {
  documents: Map<string, string>;
  institutions: Map<string, string>;
  /** People named by id (a recommendation's owner): signed-in readers only; others read "a colleague". */
  users?: Map<string, string>;
  /** The reader's words: next-intl's translator of the whole catalogue (useTranslations()) and the language. */
  words?: TimelineWords;
}

export interface TimelineWords {
  /** Values for messages with placeholders are optional. */
  t: (key: string, values?: Record<string, string | number>) => string;
  locale: Locale;
}

export interface TimelineRow {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface TimelineEntry {
  seq: number;
  at: Date;
  when: string;
  who: string;
  what: string;
  reason: string | null;
  /** A new record: only the recorded values matter (no "before"). */
  created: boolean;
  rows: TimelineRow[];
}

const PHRASES: Record<string, Record<string, string>> = {
  Recommendation: {
    create: "created the recommendation",
    update: "edited the recommendation",
    "assign-owner": "changed the owner",
  },
  StateResponse: {
    create: "recorded a response of the state",
    update: "corrected a response of the state",
    withdraw: "withdrew a response of the state",
  },
  Assessment: { create: "added an assessment", update: "corrected an assessment", withdraw: "withdrew an assessment" },
  FollowUp: {
    create: "added a follow-up entry",
    update: "corrected a follow-up entry",
    withdraw: "withdrew a follow-up entry",
  },
  RecommendationInstitution: { assign: "assigned an institution", unassign: "removed an institution" },
  EvidenceFile: { "attach-file": "attached an evidence file", "remove-file": "removed an evidence file" },
  ContentTranslation: {
    add: "added a translation",
    correct: "corrected a translation",
    "remove-translation": "removed a translation",
  },
  FollowUpDraft: {
    create: "started a follow-up draft",
    update: "changed a follow-up draft",
    submit: "submitted a follow-up draft for review",
    return: "returned a follow-up draft with a comment",
    publish: "published a follow-up draft",
  },
  StateResponseDraft: {
    create: "started a progress update",
    update: "changed a progress update",
    submit: "submitted a progress update for review",
    return: "returned a progress update with a comment",
    publish: "published a progress update",
  },
};

export function describeAction(action: string, entityType: string, words?: TimelineWords): string {
  const known = PHRASES[entityType]?.[action];
  if (known) return words ? words.t(`history.actions.${entityType}.${action}`) : known;
  const thing = entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `${action.replace(/-/g, " ")} (${thing})`;
}

// Bookkeeping that means nothing to a reader (the full record stays in the audit export).
const HIDDEN = new Set([
  "version",
  "cycleId",
  "sectionId",
  "recommendationId",
  "updatedById",
  "createdById",
  // An evidence file's entry is named in words by its `entry` field.
  "followUpId",
  "stateResponseId",
  // A translation's text is said by `subject` (and the recommendation is this page's).
  "subjectId",
]);
// Reading order of a record's fields; others follow in their stored order.
const ORDER = [
  "label",
  "number",
  "letter",
  "priority",
  "status",
  "assessorType",
  "assessorName",
  "date",
  "datePrecision",
  "dateFrom",
  "dateTo",
  "dateNote",
  "actionTaken",
  "institution",
  "institutionId",
  "leadIn",
  "text",
  "rationale",
  "statusSentence",
  "respondedOn",
  "documentId",
  "sourceDocumentId",
  "evidenceDocumentId",
  "location",
  "sourceLocation",
  "evidenceLocation",
  "sourceUrl",
  "evidenceUrl",
  "nextStep",
  "targetDate",
  "internal",
  "withdrawnAt",
  "withdrawalReason",
];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);
const DOCUMENT_FIELDS = new Set(["documentId", "evidenceDocumentId", "sourceDocumentId"]);
/** A diff value as a reader should see it; null for "nothing recorded". */
export function formatValue(entityType: string, field: string, value: unknown, lookups: Lookups): string | null {
  if (value === null || value === undefined || value === "") return null;
  const w = lookups.words;
  if (w) {
    const said = inWords(w, entityType, field, value);
    if (said !== undefined) return said;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (field === "status") {
    const style =
      entityType === "Assessment"
        ? ASSESSMENT[value as keyof typeof ASSESSMENT]
        : entityType === "StateResponse"
          ? STATE_RESPONSE[value as keyof typeof STATE_RESPONSE]
          : undefined;
    if (style) return style.label;
  }
  if (field === "assessorType" && value in ASSESSOR_TYPE) return ASSESSOR_TYPE[value as keyof typeof ASSESSOR_TYPE];
  if (field === "datePrecision" && value in PRECISION) return PRECISION[value as keyof typeof PRECISION];
  if (field === "priority" && value in PRIORITY) return PRIORITY[value as keyof typeof PRIORITY];
  if (field === "publication" && value in PUBLICATION) return PUBLICATION[value as keyof typeof PUBLICATION];
  if (field === "textVerification")
    return value === "VERIFIED" ? "Yes" : value === "NEEDS_VERIFICATION" ? "No, needs verification" : value;
  if (field === "fileKind") return codeLabel(entityType, field, value) ?? value;
  if (entityType === "ContentTranslation" && ["subject", "language", "kind"].includes(field))
    return codeLabel(entityType, field, value) ?? value;
  if (DOCUMENT_FIELDS.has(field)) return lookups.documents.get(value) ?? value;
  if (field === "institutionId") return lookups.institutions.get(value) ?? value;
  if (field === "ownerId") return lookups.users?.get(value) ?? (w ? w.t("history.aColleague") : "a colleague");
  if (/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return formatDay(new Date(value));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value)) return formatDateTime(new Date(value));
  return value;
}

const PRECISION = { DAY: "Exact day", MONTH: "Month", YEAR: "Year", RANGE: "Between two dates" } as const;

/** The values that have words in the catalogues, in the reader's language; undefined for every other value. */
function inWords(w: TimelineWords, entityType: string, field: string, value: unknown): string | undefined {
  const h = (key: string) => w.t(`history.${key}`);
  if (typeof value === "boolean") return h(value ? "yes" : "no");
  if (typeof value !== "string") return undefined;
  const status = (k: string) => w.t(`status.${k}`);
  if (field === "status" && entityType === "Assessment" && value in ASSESSMENT)
    return statusLabel(status, value as AssessmentStatus);
  if (field === "status" && entityType === "StateResponse" && value in STATE_RESPONSE)
    return statusLabel(status, value as StateResponseStatus);
  if (field === "assessorType" && value in ASSESSOR_TYPE) return w.t(`entries.assessorType.${value}`);
  if (field === "datePrecision" && value in PRECISION) return h(`precision.${value}`);
  if (field === "priority" && value in PRIORITY) return h(`priority.${value}`);
  if (field === "publication" && value in PUBLICATION) return h(`publication.${value}`);
  if (field === "textVerification" && (value === "VERIFIED" || value === "NEEDS_VERIFICATION"))
    return h(value === "VERIFIED" ? "yes" : "needsVerification");
  if (/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return formatDay(new Date(value), w.locale);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value)) return formatDateTime(new Date(value), w.locale);
  return undefined;
}

const DATED = ["datePrecision", "dateFrom", "dateTo"];
type Diff = { from?: unknown; to?: unknown };

/** A date set or changed as a whole reads as one "Date" row ("July 2011"); a partial change keeps its parts. */
function datedRow(changes: Record<string, unknown>, words?: TimelineWords): TimelineRow | null {
  const d = (f: string) => changes[f] as Diff | undefined;
  if (!DATED.every((f) => d(f) !== undefined)) return null;
  const side = (k: "from" | "to") => {
    const p = d("datePrecision")?.[k];
    const to = d("dateTo")?.[k];
    if (typeof p !== "string" || typeof to !== "string") return null;
    const from = d("dateFrom")?.[k];
    return formatDated({
      datePrecision: p as Dated["datePrecision"],
      dateFrom: typeof from === "string" ? new Date(from) : null,
      dateTo: new Date(to),
    });
  };
  const label = words ? words.t("forms.dateLabel") : "Date";
  return { field: "date", label, before: side("from"), after: side("to") };
}

function rowsOf(e: TimelineEvent, lookups: Lookups): TimelineRow[] {
  const changes = e.changes && typeof e.changes === "object" ? (e.changes as Record<string, unknown>) : {};
  const dated = datedRow(changes, lookups.words);
  const rows: TimelineRow[] = dated ? [dated] : [];
  for (const [field, change] of Object.entries(changes)) {
    if (HIDDEN.has(field) || (dated && DATED.includes(field))) continue;
    // An assignment names its institution; its id adds nothing.
    if (field === "institutionId" && e.entityType === "RecommendationInstitution" && "institution" in changes) continue;
    const c =
      change && typeof change === "object" && ("from" in change || "to" in change)
        ? (change as { from?: unknown; to?: unknown })
        : { to: change };
    rows.push({
      field,
      label:
        e.entityType === "ContentTranslation" && field === "kind"
          ? (lookups.words?.t("history.kindOfTranslation") ?? "Kind of translation")
          : fieldLabel(field, auditWords(lookups.words?.locale)),
      before: formatValue(e.entityType, field, c.from, lookups),
      after: formatValue(e.entityType, field, c.to, lookups),
    });
  }
  return rows.sort((a, b) => rank(a.field) - rank(b.field));
}

/** The readable history, newest first. */
export function describeTimeline(events: TimelineEvent[], lookups: Lookups): TimelineEntry[] {
  return [...events]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => {
      const rows = rowsOf(e, lookups);
      return {
        seq: e.seq,
        at: e.occurredAt,
        when: formatDateTime(e.occurredAt, lookups.words?.locale),
        who: e.actorLabel,
        what: describeAction(e.action, e.entityType, lookups.words),
        // Not repeated when it is already a recorded value (an assessment's rationale, a withdrawal's reason).
        reason: e.reason !== null && rows.some((r) => r.after === e.reason) ? null : e.reason,
        created:
          (e.action === "create" || e.action === "assign" || e.action === "attach-file" || e.action === "add") &&
          rows.every((r) => r.before === null),
        rows,
      };
    });
}
