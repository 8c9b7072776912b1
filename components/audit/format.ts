// Pure helpers of the audit history page (unit-tested in format.test.ts):
// labels, the compact "field: before → after" view of an event's changes, and
// the query strings of the filter, paging and export links.
import { fieldLabel } from "@/lib/audit/field-labels";
import type { AuditFilter } from "@/lib/audit/schema";
import { ASSESSMENT, ASSESSOR_TYPE, DOCUMENT_TYPE, ELECTION_TYPE, PRIORITY, ROLE, STATE_RESPONSE } from "@/lib/vocab";

export const ENTITY_TYPE_LABEL: Record<string, string> = {
  Recommendation: "Recommendation",
  StateResponse: "State response",
  Assessment: "Assessment",
  FollowUp: "Follow-up",
  RecommendationInstitution: "Responsible institution",
  Institution: "Institution",
  ElectionCycle: "Election cycle",
  Document: "Document",
  CycleClaim: "Cycle claim",
  ReportSection: "Report section",
  Country: "Country",
  RecommendationLink: "Link between recommendations",
  User: "User account",
  Invite: "Invitation",
};

export const ACTION_LABEL: Record<string, string> = {
  create: "Created",
  update: "Updated",
  withdraw: "Withdrawn",
  assign: "Assigned",
  unassign: "Unassigned",
  link: "Linked",
  unlink: "Unlinked",
  "sign-in": "Signed in",
  "sign-in-failed": "Sign-in failed",
  "role-change": "Role changed",
  deactivate: "Deactivated",
  reactivate: "Reactivated",
  invite: "Invited",
};

/** Shown to administrators only (the query excludes them for everyone else). */
export const SECURITY_ENTITY_TYPES: readonly string[] = ["User", "Invite"];
export const SECURITY_ACTIONS: readonly string[] = ["sign-in", "sign-in-failed", "role-change", "deactivate", "reactivate", "invite"];

export const entityTypeLabel = (t: string) => ENTITY_TYPE_LABEL[t] ?? t;
export const actionLabel = (a: string) => ACTION_LABEL[a] ?? a;

/** Names of the filters, for the notice about values that were ignored. */
export const FILTER_LABEL: Record<string, string> = {
  actor: "User",
  entityType: "Entity type",
  action: "Action",
  cycle: "Cycle",
  from: "From date",
  to: "To date",
  before: "Page",
};

export interface ChangeLine {
  field: string;
  label: string;
  /** Absent for a value that was set from nothing (a creation) or a plain detail. */
  from?: string;
  to: string;
}

/** Fields that only matter to the machinery; the CSV export keeps them. */
const HIDDEN_FIELDS = new Set(["version", "updatedById"]);

const labels = (vocab: Record<string, { label: string }>) => Object.fromEntries(Object.entries(vocab).map(([code, v]) => [code, v.label]));

/** Closed vocabularies stored as codes: shown with their labels ("Accepted in part", not ACCEPTED_IN_PART). */
const CODE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE,
  status: { ...labels(STATE_RESPONSE), ...labels(ASSESSMENT) },
  assessorType: ASSESSOR_TYPE,
  type: DOCUMENT_TYPE,
  priority: PRIORITY,
  electionType: ELECTION_TYPE,
};

const ISO_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2})?)(\.\d+)?Z$/;

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

/** One value, readable and short: dates as days, booleans as Yes/No, long text cut with "…". */
export function formatValue(value: unknown, max = 120, field?: string): string {
  if (isEmpty(value)) return "(empty)";
  let s: string;
  const code = field && typeof value === "string" ? CODE_LABELS[field]?.[value] : undefined;
  if (code) s = code;
  else if (typeof value === "boolean") s = value ? "Yes" : "No";
  else if (typeof value === "string") {
    const midnight = ISO_MIDNIGHT.exec(value);
    const time = ISO_TIME.exec(value);
    s = midnight ? midnight[1]! : time ? `${time[1]} ${time[2]} UTC` : value;
  } else if (typeof value === "number" || typeof value === "bigint") s = String(value);
  else s = JSON.stringify(value);
  s = s.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

const isDiff = (v: unknown): v is { from?: unknown; to?: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => k === "from" || k === "to") && ("from" in v || "to" in v);

/**
 * The changes of an event as lines. Diffs ({from, to}) give "before → after"
 * (only "after" when set from nothing); other details (e.g. of a sign-in) are
 * listed as they are.
 */
export function describeChanges(changes: unknown, max = 120): ChangeLine[] {
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) return [];
  const lines: ChangeLine[] = [];
  for (const [field, c] of Object.entries(changes as Record<string, unknown>)) {
    if (HIDDEN_FIELDS.has(field)) continue;
    const label = fieldLabel(field);
    if (isDiff(c)) {
      if (isEmpty(c.from) && isEmpty(c.to)) continue;
      const to = formatValue(c.to, max, field);
      lines.push(isEmpty(c.from) ? { field, label, to } : { field, label, from: formatValue(c.from, max, field), to });
    } else if (!isEmpty(c)) {
      lines.push({ field, label, to: formatValue(c, max, field) });
    }
  }
  return lines;
}

/** "2011-04-03 09:15:02" (UTC), for the "When (UTC)" column. */
export function formatWhen(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

const FILTER_KEYS = ["actor", "entityType", "action", "cycle", "from", "to"] as const;

/**
 * The query string ("?a=b" or "") of the audit page or export for a filter.
 * `before` is kept only when given in `overrides` (paging), never for exports.
 */
export function auditQuery(filter: AuditFilter, overrides: { before?: number | null } = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v !== undefined && v !== "") params.set(key, String(v));
  }
  if (overrides.before) params.set("before", String(overrides.before));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The file name of an export made on `now`: audit-YYYY-MM-DD.csv (UTC). */
export function exportFileName(now: Date): string {
  return `audit-${now.toISOString().slice(0, 10)}.csv`;
}
