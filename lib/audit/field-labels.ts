// Human names of what the audit history stores as codes: fields, entity types,
// actions, and the closed vocabularies of coded values. Used by the audit page,
// its CSV, the recommendation timeline and conflict messages. Pure.
import { ENTITY_TYPES, ACTIONS, CATALOGUE, type EntityType } from "./catalogue";
import {
  ASSESSMENT,
  ASSESSOR_TYPE,
  DOCUMENT_TYPE,
  ELECTION_TYPE,
  PRIORITY,
  PUBLICATION,
  ROLE,
  STATE_RESPONSE,
} from "@/lib/vocab";

const LABELS: Record<string, string> = {
  status: "Status",
  text: "Text",
  statusSentence: "Status sentence",
  respondedOn: "Date of the response",
  datePrecision: "How precisely the date is known",
  dateFrom: "Earliest possible date",
  dateTo: "Latest possible date (counts from)",
  dateNote: "Note on the date",
  documentId: "Source document",
  location: "Page or section",
  sourceUrl: "Source link",
  assessorType: "Assessed by",
  assessorName: "Assessor",
  assessedOn: "Date of the assessment",
  rationale: "Rationale",
  actionDate: "Date of the action",
  actionTaken: "Action taken",
  institutionId: "Responsible institution",
  institution: "Institution",
  theme: "Theme",
  evidenceDocumentId: "Evidence document",
  evidenceLocation: "Evidence page or section",
  evidenceUrl: "Evidence link",
  nextStep: "Next step",
  targetDate: "Target date",
  internal: "Internal note",
  withdrawnAt: "Withdrawn on",
  withdrawalReason: "Reason for withdrawal",
  role: "Role",
  active: "Active",
  name: "Name",
  email: "Email",
  title: "Title",
  issuer: "Issuer",
  issuedOn: "Date",
  place: "Place",
  electionDate: "Election date",
  isEarly: "Early election",
  finalReportTitle: "Final report title",
  finalReportDate: "Final report date",
  finalReportPlace: "Final report place",
  finalReportUrl: "Final report link",
  notes: "Notes",
  recommendationCount: "Number of recommendations in the report",
  fileSha256: "File fingerprint (SHA-256)",
  fileName: "File name",
  fileSize: "File size (bytes)",
  fileKind: "File type",
  followUpId: "Follow-up entry",
  stateResponseId: "State response",
  entry: "Entry",
  abbreviation: "Abbreviation",
  description: "Description",
  label: "Label",
  sourceDocumentId: "Source document",
  sourceLocation: "Source page or section",
  textVerification: "Text checked against the source",
  number: "Number",
  letter: "Letter",
  order: "Position in the report",
  earlier: "Earlier recommendation",
  toId: "Earlier recommendation",
  kind: "Kind of link",
  note: "Note",
  leadIn: "Lead-in",
  provenance: "Provenance",
  version: "Version",
  date: "Date",
  sectionId: "Report section",
  parentId: "Part of section",
  cycleId: "Election cycle",
  countryId: "Country",
  recommendationId: "Recommendation",
  year: "Year",
  electionType: "Type of election",
  type: "Type of document",
  slug: "Short name in addresses",
  sourceFile: "File of the copy",
  fullText: "Full text",
  key: "Key",
  code: "Country code",
  claimant: "Claimed by",
  statement: "Statement",
  quote: "Quotation",
  value: "Value",
  outOf: "Out of",
  expiresAt: "Expires",
  revokedAt: "Revoked on",
  method: "Method",
  failures: "Failed attempts",
  client: "Client address",
  lockedUntil: "Locked until",
  refusal: "Why",
  attempts: "Refused attempts in this period",
  labels: "Recommendations created",
  skipped: "Already recorded, skipped",
  itemCount: "Number of recommendations created",
  revertedAt: "Reverted on",
  body: "Comment",
  mentionIds: "Mentioned",
  publication: "Review state",
  reviewComment: "Reviewer's comment",
  submittedAt: "Submitted on",
  ownerId: "Owner",
  subject: "Which text",
  language: "Language",
  textLanguage: "Language of the original",
  titleLanguage: "Language of the original title",
  translator: "Translated by",
  sourceCitation: "Source of the translation",
};

export function fieldLabel(field: string): string {
  // An unknown field in words: "someField" reads "Some field".
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return LABELS[field] ?? words.replace(/^./, (c) => c.toUpperCase());
}

export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  Recommendation: "Recommendation",
  StateResponse: "State response",
  Assessment: "Assessment",
  FollowUp: "Follow-up entry",
  FollowUpDraft: "Follow-up draft (in review)",
  StateResponseDraft: "Progress update (in review)",
  RecommendationInstitution: "Responsible institution",
  Institution: "Institution",
  ElectionCycle: "Election cycle",
  Document: "Document",
  CycleClaim: "Cycle claim",
  ReportSection: "Report section",
  Country: "Country",
  RecommendationLink: "Link to an earlier recommendation",
  Theme: "Theme",
  RecommendationTheme: "Theme of a recommendation",
  User: "User account",
  Invite: "Invitation",
  ApiToken: "API token",
  ReportImport: "Report-text import",
  Comment: "Comment",
  EvidenceFile: "Evidence file",
  ContentTranslation: "Translation",
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
  "sign-out": "Signed out (all sessions ended)",
  "password-change": "Password changed (all sessions ended)",
  "password-reset-issue": "Password reset link issued",
  "password-reset-use": "Password reset with a link (all sessions ended)",
  "password-reset-void": "Password reset link voided",
  "sign-in-refused": "Sign-in refused",
  "role-change": "Role changed",
  deactivate: "Deactivated",
  reactivate: "Reactivated",
  invite: "Invited",
  issue: "Issued",
  revoke: "Revoked",
  remove: "Removed (import reverted)",
  import: "Imported",
  revert: "Reverted",
  "attach-file": "File attached",
  "remove-file": "File removed",
  submit: "Submitted for review",
  return: "Returned with a comment",
  publish: "Published",
  "assign-owner": "Owner assigned",
  add: "Added",
  correct: "Corrected",
  "remove-translation": "Translation removed",
};

export const entityTypeLabel = (t: string) => (ENTITY_TYPE_LABEL as Record<string, string>)[t] ?? fieldLabel(t);
export const actionLabel = (a: string) =>
  ACTION_LABEL[a] ?? fieldLabel(a.replace(/-(.)/g, (_, c: string) => c.toUpperCase()));

/** Account and sign-in events: administrators only. */
export const SECURITY_ENTITY_TYPES: readonly EntityType[] = ["User", "Invite", "ApiToken"];
/** Actions that only security entity types have (the filters offer them to administrators only). */
export const SECURITY_ACTIONS: readonly string[] = ACTIONS.filter((a) =>
  ENTITY_TYPES.every((t) => SECURITY_ENTITY_TYPES.includes(t) || !(a in CATALOGUE[t])),
);

const labels = (vocab: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(vocab).map(([code, v]) => [code, v.label]));

/** Coded values as words ("Accepted in part", not ACCEPTED_IN_PART); `status` depends on the entity type. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE,
  publication: PUBLICATION,
  assessorType: ASSESSOR_TYPE,
  type: DOCUMENT_TYPE,
  priority: PRIORITY,
  electionType: ELECTION_TYPE,
  // Link kinds and precisions have no colour or badge, hence not in lib/vocab.ts.
  // `kind` of a link, and of a translation (lib/translations).
  kind: { REPEATS: "Repeats", BUILDS_ON: "Builds on", OFFICIAL: "Official", WORKING: "Working, not official" },
  language: { EN: "English", RU: "Russian", KK: "Kazakh" },
  textLanguage: { EN: "English", RU: "Russian", KK: "Kazakh" },
  titleLanguage: { EN: "English", RU: "Russian", KK: "Kazakh" },
  subject: {
    RECOMMENDATION_TEXT: "Recommendation text",
    RESPONSE_TEXT: "Response text",
    DOCUMENT_TITLE: "Document title",
  },
  textVerification: { VERIFIED: "Yes", NEEDS_VERIFICATION: "No, needs verification" },
  datePrecision: { DAY: "Exact day", MONTH: "Month", YEAR: "Year", RANGE: "Between two dates" },
  // As lib/files/extract-text.ts names them (not imported: that module loads the PDF and DOCX readers).
  fileKind: {
    pdf: "PDF",
    docx: "Word document (DOCX)",
    text: "Plain text",
    xlsx: "Excel workbook (XLSX)",
    png: "PNG image",
    jpeg: "JPEG image",
    webp: "WebP image",
  },
  method: { password: "Email and password", oidc: "Organisation sign-in (OpenID Connect)" },
  // As lib/users/oidc-policy.ts names them.
  refusal: {
    "no-email": "The sign-in service gave no email address",
    "unverified-email": "The sign-in service has not verified the email address",
    "no-account": "No active account has this email address",
  },
};
const STATUS_LABELS: Record<string, Record<string, string>> = {
  StateResponse: labels(STATE_RESPONSE),
  StateResponseDraft: labels(STATE_RESPONSE),
  Assessment: labels(ASSESSMENT),
};

/** The word for a coded value of `field`, or null if it is not a known code. */
export function codeLabel(entityType: string, field: string, value: string): string | null {
  const vocab =
    field === "status"
      ? (STATUS_LABELS[entityType] ?? { ...labels(STATE_RESPONSE), ...labels(ASSESSMENT) })
      : CODE_LABELS[field];
  return vocab?.[value] ?? null;
}
