// The one catalogue of audit events: every entity type, the actions it can
// have, and the shape of each action's changes (zod). Events are validated
// against it when written (lib/audit/record.ts) and parsed with it when read
// (timeline, audit page, replay, verify), so nothing downstream casts JSON.
// Changes are field diffs {from, to} with values as JSON: dates as ISO strings.
import { z } from "zod";
import {
  AssessmentStatus,
  AssessorType,
  ContentLanguage,
  DatePrecision,
  DocumentType,
  ElectionType,
  Priority,
  Publication,
  RecommendationLinkKind,
  Role,
  StateResponseStatus,
  TextVerification,
  TranslatedText,
  TranslationKind,
} from "@/lib/generated/prisma/enums";

const text = z.string();
const int = z.number().int();
const bool = z.boolean();
/** A calendar day as stored in a diff: UTC midnight. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
const time = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const id = z.string().min(1);

const diff = <T extends z.ZodType>(value: T) => z.object({ from: value.nullable(), to: value.nullable() }).strict();
function diffs<S extends Record<string, z.ZodType>>(fields: S) {
  return z
    .object(
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, diff(v)])) as {
        [K in keyof S]: ReturnType<typeof diff<S[K]>>;
      },
    )
    .partial()
    .strict();
}

const dated = { datePrecision: z.enum(DatePrecision), dateFrom: day, dateTo: day, dateNote: text };
const withdrawal = { withdrawnAt: time, withdrawalReason: text };

/** Audited fields of each entity type; `version` is in every versioned one. */
export const FIELDS = {
  Recommendation: {
    label: text,
    number: int,
    letter: text,
    order: int,
    sectionId: id,
    priority: z.enum(Priority),
    leadIn: text,
    text,
    // The language of the text, the authoritative original (lib/translations); changed by its own "update".
    textLanguage: z.enum(ContentLanguage),
    textVerification: z.enum(TextVerification),
    sourceDocumentId: id,
    sourceLocation: text,
    sourceUrl: text,
    provenance: text,
    // Who sees it through (lib/owners); changed only by "assign-owner".
    ownerId: id,
    version: int,
  },
  StateResponse: {
    status: z.enum(StateResponseStatus),
    text,
    textLanguage: z.enum(ContentLanguage),
    statusSentence: text,
    ...dated,
    documentId: id,
    location: text,
    sourceUrl: text,
    ...withdrawal,
    version: int,
  },
  Assessment: {
    status: z.enum(AssessmentStatus),
    assessorType: z.enum(AssessorType),
    assessorName: text,
    ...dated,
    rationale: text,
    documentId: id,
    location: text,
    sourceUrl: text,
    ...withdrawal,
    version: int,
  },
  FollowUp: {
    ...dated,
    actionTaken: text,
    institutionId: id,
    evidenceDocumentId: id,
    evidenceLocation: text,
    evidenceUrl: text,
    nextStep: text,
    targetDate: day,
    internal: bool,
    ...withdrawal,
    version: int,
  },
  // A contributor's follow-up entry in review (lib/review); `followUpId` is the entry its publication created.
  FollowUpDraft: {
    ...dated,
    actionTaken: text,
    institutionId: id,
    evidenceDocumentId: id,
    evidenceLocation: text,
    evidenceUrl: text,
    nextStep: text,
    targetDate: day,
    publication: z.enum(Publication),
    reviewComment: text,
    followUpId: id,
    submittedAt: time,
    version: int,
  },
  // A contributor's progress update in review (lib/review); `stateResponseId` is the response it became.
  StateResponseDraft: {
    ...dated,
    status: z.enum(StateResponseStatus),
    text,
    statusSentence: text,
    documentId: id,
    location: text,
    sourceUrl: text,
    institutionId: id,
    publication: z.enum(Publication),
    reviewComment: text,
    stateResponseId: id,
    submittedAt: time,
    version: int,
  },
  RecommendationInstitution: { institutionId: id, institution: text, ...dated },
  // Themes across cycles (lib/themes): a managed list, given to recommendations; `theme` names it for readers.
  Theme: { name: text, active: bool, version: int },
  RecommendationTheme: { themeId: id, theme: text },
  RecommendationLink: { toId: id, earlier: text, kind: z.enum(RecommendationLinkKind), note: text },
  Institution: {
    name: text,
    abbreviation: text,
    description: text,
    active: bool,
    sourceDocumentId: id,
    sourceLocation: text,
    version: int,
  },
  ElectionCycle: {
    slug: text,
    countryId: id,
    year: int,
    electionType: z.enum(ElectionType),
    title: text,
    electionDate: day,
    isEarly: bool,
    finalReportTitle: text,
    finalReportDate: day,
    finalReportPlace: text,
    finalReportUrl: text,
    recommendationCount: int,
    notes: text,
    version: int,
  },
  Document: {
    slug: text,
    cycleId: id,
    type: z.enum(DocumentType),
    title: text,
    titleLanguage: z.enum(ContentLanguage),
    issuer: text,
    issuedOn: day,
    place: text,
    sourceUrl: text,
    sourceFile: text,
    fullText: text,
    // An uploaded file: its content address and the user's name for it; size and kind are recorded
    // for readers of the history (they are columns of stored_files, not of documents).
    fileSha256: text,
    fileName: text,
    fileSize: int,
    fileKind: text,
    version: int,
  },
  CycleClaim: {
    key: text,
    cycleId: id,
    claimant: text,
    statement: text,
    quote: text,
    value: int,
    outOf: int,
    documentId: id,
    location: text,
  },
  ReportSection: {
    cycleId: id,
    parentId: id,
    key: text,
    title: text,
    leadIn: text,
    priority: z.enum(Priority),
    order: int,
  },
  Country: { code: text, name: text, version: int },
  ReportImport: {
    cycleId: id,
    documentId: id,
    fileName: text,
    fileSha256: text,
    labels: text,
    skipped: text,
    itemCount: int,
    createdIds: z.object({ sections: z.array(id), recommendations: z.array(id), responses: z.array(id) }).strict(),
    revertedAt: time,
  },
  User: { email: text, name: text, role: z.enum(Role), institutionId: id, active: bool },
  Invite: { email: text, role: z.enum(Role), institutionId: id, expiresAt: time, revokedAt: time },
  // The token itself is never recorded (only its hash is stored, in the table).
  ApiToken: { name: text, revokedAt: time },
  // Internal discussion: mentions are tokens "<@user id>" in the body, and listed (lib/comments/mentions.ts).
  // The recommendation is the event's own column (recommendation_id), as for every entry of a recommendation.
  Comment: { body: text, mentionIds: z.array(id) },
  // A file attached to a follow-up entry or a state response; `entry` names the entry for readers, size and
  // kind are columns of stored_files (lib/evidence/mutations.ts).
  EvidenceFile: {
    followUpId: id,
    stateResponseId: id,
    entry: text,
    fileSha256: text,
    fileName: text,
    fileSize: int,
    fileKind: text,
  },
  // A translation of a stored text (lib/translations); the stored text stays the authoritative original.
  ContentTranslation: {
    subject: z.enum(TranslatedText),
    subjectId: id,
    language: z.enum(ContentLanguage),
    text,
    kind: z.enum(TranslationKind),
    translator: text,
    sourceDocumentId: id,
    sourceCitation: text,
    version: int,
  },
} as const;

// Fields that earlier releases wrote and that replay still understands
// (lib/audit/replay.ts turns them into today's fields).
const LEGACY = {
  Recommendation: { cycleId: id },
  StateResponse: { recommendationId: id, respondedOn: day, updatedById: id },
  Assessment: { assessedOn: day },
  FollowUp: { actionDate: day },
} as const;

const changesOf = <T extends keyof typeof FIELDS>(type: T) =>
  diffs({ ...FIELDS[type], ...((LEGACY as Record<string, object>)[type] ?? {}) });

/** Every entity type, its actions, and the shape of each action's changes. */
export const CATALOGUE = {
  // "remove": only a revert of a report-text import deletes rows it created (docs/decisions/007).
  Recommendation: {
    create: changesOf("Recommendation"),
    update: changesOf("Recommendation"),
    remove: changesOf("Recommendation"),
    // Its owner set, changed or cleared (lib/owners): only `ownerId` and `version` change.
    "assign-owner": changesOf("Recommendation"),
  },
  StateResponse: {
    create: changesOf("StateResponse"),
    update: changesOf("StateResponse"),
    withdraw: changesOf("StateResponse"),
    remove: changesOf("StateResponse"),
  },
  Assessment: { create: changesOf("Assessment"), update: changesOf("Assessment"), withdraw: changesOf("Assessment") },
  FollowUp: { create: changesOf("FollowUp"), update: changesOf("FollowUp"), withdraw: changesOf("FollowUp") },
  // Review: the author creates, changes and submits; an editor returns (the reason is the comment) or publishes.
  FollowUpDraft: {
    create: changesOf("FollowUpDraft"),
    update: changesOf("FollowUpDraft"),
    submit: changesOf("FollowUpDraft"),
    return: changesOf("FollowUpDraft"),
    publish: changesOf("FollowUpDraft"),
  },
  StateResponseDraft: {
    create: changesOf("StateResponseDraft"),
    update: changesOf("StateResponseDraft"),
    submit: changesOf("StateResponseDraft"),
    return: changesOf("StateResponseDraft"),
    publish: changesOf("StateResponseDraft"),
  },
  RecommendationInstitution: {
    assign: changesOf("RecommendationInstitution"),
    update: changesOf("RecommendationInstitution"),
    unassign: changesOf("RecommendationInstitution"),
  },
  Theme: { create: changesOf("Theme"), update: changesOf("Theme") },
  RecommendationTheme: { assign: changesOf("RecommendationTheme"), unassign: changesOf("RecommendationTheme") },
  RecommendationLink: { link: changesOf("RecommendationLink"), unlink: changesOf("RecommendationLink") },
  Institution: { create: changesOf("Institution"), update: changesOf("Institution") },
  ElectionCycle: { create: changesOf("ElectionCycle"), update: changesOf("ElectionCycle") },
  Document: {
    create: changesOf("Document"),
    update: changesOf("Document"),
    // A file attached to the document (replaces an earlier one): sha256, size, kind, name and the text extracted.
    "attach-file": changesOf("Document"),
  },
  CycleClaim: { create: changesOf("CycleClaim") },
  ReportSection: { create: changesOf("ReportSection"), remove: changesOf("ReportSection") },
  Country: { create: changesOf("Country"), update: changesOf("Country") },
  User: {
    create: changesOf("User"),
    "role-change": changesOf("User"),
    deactivate: changesOf("User"),
    reactivate: changesOf("User"),
    // Security events carry details, not diffs.
    "sign-in": z.object({ method: text }).strict(),
    // One event per lock (per email, or per client address over its limit), not one per failed attempt.
    "sign-in-failed": z
      .object({ email: text.optional(), client: text.optional(), failures: int, lockedUntil: time.nullable() })
      .strict(),
    // Both end every session of the user (session epoch, lib/auth/session-policy.ts).
    "sign-out": z.object({}).strict(),
    "password-change": z.object({}).strict(),
    // One-time reset links issued by an administrator (lib/users/password-resets.ts). Never the token or its hash.
    "password-reset-issue": z.object({ expiresAt: time }).strict(),
    // Sets a new password and ends every session of the user.
    "password-reset-use": z.object({}).strict(),
    // Voided by an administrator, or replaced by a newer link (the event's reason says which).
    "password-reset-void": z.object({}).strict(),
    // OpenID Connect sign-ins refused (no verified email, no active account): one event per email and window,
    // carrying how many refusals the window had so far (lib/users/oidc-sign-in.ts), not one per attempt.
    "sign-in-refused": z.object({ method: text, email: text.optional(), refusal: text, attempts: int }).strict(),
  },
  Invite: { invite: changesOf("Invite"), revoke: changesOf("Invite") },
  ApiToken: { issue: changesOf("ApiToken"), revoke: changesOf("ApiToken") },
  ReportImport: { import: changesOf("ReportImport"), revert: changesOf("ReportImport") },
  // "update": the author's correction within the edit window (lib/comments/policy.ts).
  Comment: { create: changesOf("Comment"), update: changesOf("Comment") },
  EvidenceFile: { "attach-file": changesOf("EvidenceFile"), "remove-file": changesOf("EvidenceFile") },
  ContentTranslation: {
    add: changesOf("ContentTranslation"),
    correct: changesOf("ContentTranslation"),
    "remove-translation": changesOf("ContentTranslation"),
  },
} as const;

type Catalogue = typeof CATALOGUE;
export type EntityType = keyof Catalogue;
export type ActionOf<T extends EntityType> = keyof Catalogue[T] & string;

/** One event's typed content, discriminated by entity type and action. */
export type AuditEventData = {
  [T in EntityType]: {
    [A in ActionOf<T>]: { entityType: T; action: A; changes: z.output<Catalogue[T][A] & z.ZodType> };
  }[ActionOf<T>];
}[EntityType];

export const ENTITY_TYPES = Object.keys(CATALOGUE) as EntityType[];
export const ACTIONS = [...new Set(Object.values(CATALOGUE).flatMap((a) => Object.keys(a)))];

export type FieldDiff = { from: unknown; to: unknown };
export type DiffMap = Partial<Record<string, FieldDiff>>;

/** The entity types whose rows are the tracked data (compared with a replay by audit:verify). */
export const DIFF_ACTIONS = new Set([
  "create",
  "update",
  "withdraw",
  "assign",
  "unassign",
  "link",
  "unlink",
  "role-change",
  "deactivate",
  "reactivate",
  "invite",
  "issue",
  "revoke",
  "remove",
  "import",
  "revert",
  "attach-file",
  "remove-file",
  "submit",
  "return",
  "publish",
  "assign-owner",
  "add",
  "correct",
  "remove-translation",
]);

function schemaOf(entityType: string, action: string): z.ZodType | null {
  const actions = (CATALOGUE as Record<string, Record<string, z.ZodType>>)[entityType];
  return actions?.[action] ?? null;
}

/** Validates an event before it is written; a mismatch is a programming error. */
export function assertAuditEvent(e: { entityType: string; action: string; changes: unknown }): AuditEventData {
  const schema = schemaOf(e.entityType, e.action);
  if (!schema) throw new Error(`Audit catalogue has no ${e.entityType}.${e.action}`);
  const r = schema.safeParse(e.changes);
  if (!r.success)
    throw new Error(`Audit event ${e.entityType}.${e.action} does not match the catalogue: ${r.error.message}`);
  return { entityType: e.entityType, action: e.action, changes: r.data } as AuditEventData;
}

/** Parses a stored event; null if it matches nothing in the catalogue (reported by audit:verify). */
export function parseAuditEvent(e: { entityType: string; action: string; changes: unknown }): AuditEventData | null {
  const schema = schemaOf(e.entityType, e.action);
  const r = schema?.safeParse(e.changes);
  return r?.success ? ({ entityType: e.entityType, action: e.action, changes: r.data } as AuditEventData) : null;
}

/** The field diffs of an event (empty for security details such as a sign-in). */
export function diffsOf(e: AuditEventData): DiffMap {
  return DIFF_ACTIONS.has(e.action) ? (e.changes as DiffMap) : {};
}
