// Audit events as a person reads them: which recommendation or record an
// event touched, by name, and its changes in words (lib/audit/readable-changes.ts).
// Events are parsed with the typed catalogue, never cast. Pure. In the reader's words (lib/audit/words.ts),
// English by default.
import { diffsOf, parseAuditEvent, type AuditEventData, type DiffMap, type EntityType } from "./catalogue";
import { actionLabel, entityTypeLabel } from "./field-labels";
import { english, type AuditWords } from "./words";
import {
  changeLines,
  cycleLabel,
  nameOf,
  recommendationLabel,
  recommendationShort,
  type AuditNames,
  type ChangeLine,
  type NameKind,
  type StoredAuditEvent,
} from "./readable-changes";

export * from "./readable-changes";

export interface AuditEntry extends StoredAuditEvent {
  /** "Updated" */
  what: string;
  /** "State response", "Document: Kazakh elections: progress and problems" */
  record: string;
  /** "2011 · recommendation 3(a)" and "2011 · 3(a)" */
  recommendation: { id: string; label: string; short: string } | null;
  /** "2011 · Early presidential election", in "Kazakhstan" */
  cycle: { id: string; slug: string; label: string; country: string } | null;
  lines: ChangeLine[];
  /** False when the event matches nothing in the catalogue (its raw details stay in the CSV). */
  readable: boolean;
}

/** Entity types whose own name is looked up by their entity id. */
export const OWN_NAME: Partial<Record<EntityType, NameKind>> = {
  Recommendation: "recommendations",
  Institution: "institutions",
  ElectionCycle: "cycles",
  Document: "documents",
  CycleClaim: "claims",
  ReportSection: "sections",
  Country: "countries",
  User: "users",
  Invite: "invites",
  ApiToken: "apiTokens",
};

/** Assignments and links have composite ids "recommendation:other"; the other part names them. */
export function partOf(entityType: string, entityId: string): { kind: NameKind; id: string } | null {
  const second = entityId.split(":")[1];
  if (!second) return null;
  if (entityType === "RecommendationInstitution") return { kind: "institutions", id: second };
  if (entityType === "RecommendationLink") return { kind: "recommendations", id: second };
  return null;
}

/** The field that names a record in its own events, for one no longer in the tracker. */
const RECORDED_NAME: Record<string, string> = {
  Institution: "name",
  ElectionCycle: "title",
  Document: "title",
  CycleClaim: "statement",
  ReportSection: "title",
  Country: "name",
  User: "name",
  Invite: "email",
  ApiToken: "name",
  RecommendationInstitution: "institution",
  RecommendationLink: "earlier",
  Theme: "name",
  RecommendationTheme: "theme",
  ReportImport: "fileName",
  EvidenceFile: "fileName",
};

const latest = (diffs: DiffMap, field: string) => {
  const c = diffs[field];
  const v = c ? (c.to ?? c.from) : undefined;
  return typeof v === "string" && v !== "" ? v : undefined;
};

/** The record an event touched, by name ("Document: …"); just its kind when the recommendation names it. */
export function recordName(
  e: StoredAuditEvent,
  data: AuditEventData | null,
  names: AuditNames,
  w: AuditWords = english(),
): string {
  const type = entityTypeLabel(e.entityType, w);
  const diffs = data ? diffsOf(data) : {};
  const own = OWN_NAME[e.entityType as EntityType];
  const part = partOf(e.entityType, e.entityId);
  let name: string | undefined;
  if (e.entityType === "Recommendation") name = undefined;
  else if (own) name = nameOf(own, e.entityId, names, w);
  else if (part) name = nameOf(part.kind, part.id, names, w);
  const recorded = RECORDED_NAME[e.entityType];
  name ??= recorded ? latest(diffs, recorded) : undefined;
  if (!name && data?.action === "sign-in-failed")
    name =
      data.changes.email ??
      (data.changes.client ? w.t("auditEvents.signInsFrom", { client: data.changes.client }) : undefined);
  if (!name && data?.action === "sign-in-refused") name = data.changes.email ?? w.t("auditEvents.noEmail");
  return name ? w.t("auditEvents.record", { type, name }) : type;
}

/** One stored event in words. */
export function readableEvent(e: StoredAuditEvent, names: AuditNames, w: AuditWords = english()): AuditEntry {
  const data = parseAuditEvent(e);
  const recId = e.recommendationId ?? (e.entityType === "Recommendation" ? e.entityId : null);
  const rec = recId ? names.recommendations.get(recId) : undefined;
  const cycleId = e.cycleId ?? (e.entityType === "ElectionCycle" ? e.entityId : null);
  const cycle = cycleId ? names.cycles.get(cycleId) : undefined;
  return {
    ...e,
    what: actionLabel(e.action, w),
    record: recordName(e, data, names, w),
    recommendation:
      rec && recId ? { id: recId, label: recommendationLabel(rec, w), short: recommendationShort(rec, w) } : null,
    cycle:
      cycle && cycleId ? { id: cycleId, slug: cycle.slug, label: cycleLabel(cycle, w), country: cycle.country } : null,
    lines: data ? changeLines(e, data, names, w) : [],
    readable: data !== null,
  };
}
