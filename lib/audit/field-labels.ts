// Human names of what the audit history stores as codes: fields, entity types,
// actions, and the closed vocabularies of coded values. Used by the audit page,
// its CSV, the recommendation timeline and conflict messages. Pure.
// The words are in the message catalogues (namespaces "fields" and "auditEvents"; status words from "status",
// roles from "role"); every function takes the reader's words (lib/audit/words.ts) and defaults to English, so
// callers that have no language yet (conflict messages, the CSV) read exactly what they read before.
import { ENTITY_TYPES, ACTIONS, CATALOGUE, type EntityType } from "./catalogue";
import en from "@/messages/en.json";
import { english, type AuditWords } from "./words";

// A code is looked up as a catalogue key only if it could be one ("a.b" would be read as a path).
const KEY = /^[A-Za-z0-9_-]+$/;
const lookup = (w: AuditWords, key: string) => (w.t.has(key) ? w.t(key) : null);

export function fieldLabel(field: string, w: AuditWords = english()): string {
  const known = KEY.test(field) ? lookup(w, `fields.${field}`) : null;
  // An unknown field in words: "someField" reads "Some field".
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return known ?? words.replace(/^./, (c) => c.toUpperCase());
}

/** The English names (the filters' options are built from the reader's words; these are for tests and checks). */
export const ENTITY_TYPE_LABEL: Record<EntityType, string> = en.auditEvents.entityTypes;
export const ACTION_LABEL: Record<string, string> = en.auditEvents.actions;

export const entityTypeLabel = (t: string, w: AuditWords = english()) =>
  (KEY.test(t) ? lookup(w, `auditEvents.entityTypes.${t}`) : null) ?? fieldLabel(t, w);
export const actionLabel = (a: string, w: AuditWords = english()) =>
  (KEY.test(a) ? lookup(w, `auditEvents.actions.${a}`) : null) ??
  fieldLabel(
    a.replace(/-(.)/g, (_, c: string) => c.toUpperCase()),
    w,
  );

/** Account and sign-in events: administrators only. */
export const SECURITY_ENTITY_TYPES: readonly EntityType[] = ["User", "Invite", "ApiToken"];
/** Actions that only security entity types have (the filters offer them to administrators only). */
export const SECURITY_ACTIONS: readonly string[] = ACTIONS.filter((a) =>
  ENTITY_TYPES.every((t) => SECURITY_ENTITY_TYPES.includes(t) || !(a in CATALOGUE[t])),
);

/** The namespace of a coded field's words; `status` depends on the entity type. */
function vocabularyOf(entityType: string, field: string): string[] {
  if (field === "status") {
    if (entityType === "StateResponse" || entityType === "StateResponseDraft") return ["status.stateResponse"];
    if (entityType === "Assessment") return ["status.assessment"];
    return ["status.stateResponse", "status.assessment"];
  }
  if (field === "role") return ["role"];
  return field in en.auditEvents.codes ? [`auditEvents.codes.${field}`] : [];
}

/** The word for a coded value of `field` ("Accepted in part", not ACCEPTED_IN_PART), or null if it is not a known code. */
export function codeLabel(entityType: string, field: string, value: string, w: AuditWords = english()): string | null {
  if (!KEY.test(value)) return null;
  for (const ns of vocabularyOf(entityType, field)) {
    const word = lookup(w, `${ns}.${value}`);
    if (word !== null) return word;
  }
  return null;
}
