// Forms for any server action, read off its zod schema: each field gets a well-typed value (an id of the
// right kind, an option of its enum, a date…), or a hostile one, or goes missing, or comes twice.
/// <reference types="vite/client" />
import fc from "fast-check";
import type { Command } from "@/lib/actions/command";
import { IMPORT_COLUMNS } from "@/lib/recommendations/import";
import { day, hostile, hostileKeys, partialDate, shortText } from "./values";
import type { World } from "./world";

type Cmd = Command<never, unknown>;
type Def = { type: string; shape?: Record<string, unknown>; options?: unknown[]; entries?: Record<string, string> };
const def = (s: unknown) => (s as { _zod?: { def: Def & Record<string, unknown> } } | undefined)?._zod?.def;

/** Every action the app declares (lib/<domain>/actions.ts), by its command's name. */
export function allActions(): Map<string, Cmd> {
  const modules = import.meta.glob<Record<string, unknown>>("/lib/*/actions.ts", { eager: true });
  const out = new Map<string, Cmd>();
  for (const m of Object.values(modules))
    for (const v of Object.values(m)) {
      const c = (v as { command?: Cmd }).command;
      if (c) out.set(c.name, c);
    }
  return out;
}

/** The schema's fields with each field's own schema (objects, through refinements, pipes and unions). */
export function fieldsOf(schema: unknown): Record<string, unknown> {
  const d = def(schema);
  if (!d) return {};
  if (d.type === "object") return d.shape!;
  if (d.type === "union") return Object.assign({}, ...d.options!.map(fieldsOf));
  for (const k of ["in", "innerType", "schema"]) if (d[k]) return fieldsOf(d[k]);
  return {};
}

function enumOptions(schema: unknown, depth = 0): string[] | null {
  const d = def(schema);
  if (!d || depth > 6) return null;
  if (d.type === "enum") return Object.values(d.entries!);
  for (const k of ["out", "in", "innerType"]) {
    const found = d[k] ? enumOptions(d[k], depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/** Which pool the `id` field of each action aims at. */
const ID_POOL: Record<string, string> = {
  correctResponse: "response",
  withdrawResponse: "response",
  correctAssessment: "assessment",
  withdrawAssessment: "assessment",
  correctFollowUp: "followUp",
  withdrawFollowUp: "followUp",
  editInstitution: "institution",
  editTheme: "theme",
  editCountry: "country",
  editCycle: "cycle",
  editDocument: "document",
  editRecommendation: "recommendation",
  setOwner: "recommendation",
  revokeApiToken: "apiToken",
  revertReportImport: "reportImport",
  revokeInvite: "invite",
  voidPasswordReset: "passwordReset",
  editComment: "comment",
  markNotificationRead: "notification",
  renameView: "savedView",
  deleteView: "savedView",
  removeEvidence: "evidence",
  correctTranslation: "translation",
  removeTranslation: "translation",
  editDraft: "draftOpen",
  submitDraft: "draftOpen",
  returnDraft: "draftSubmitted",
  publishDraft: "draftSubmitted",
  editProgressDraft: "progressOpen",
  submitProgressDraft: "progressOpen",
  returnProgressDraft: "progressSubmitted",
  publishProgressDraft: "progressSubmitted",
};
const POOL_OF_FIELD: Record<string, string> = {
  recommendationId: "recommendation",
  fromId: "recommendation",
  toId: "recommendation",
  institutionId: "institution",
  themeId: "theme",
  themeIds: "theme",
  recommendationIds: "recommendation",
  documentId: "document",
  evidenceDocumentId: "document",
  sourceDocumentId: "document",
  cycleId: "cycle",
  countryId: "country",
  sectionId: "section",
  userId: "user",
  ownerId: "user",
  // A translation's text: mostly recommendations (the subject is drawn from its enum, so some miss).
  subjectId: "recommendation",
};

export const STRONG_PASSWORD = "Lantern-Ostrich-Quarry-42";
const label = fc
  .tuple(fc.integer({ min: 100, max: 999 }), fc.constantFrom("", "(a)", "(b)", "(z)"))
  .map(([n, l]) => `${n}${l}`);
// One new text per import: label, section, priority, lead_in, text, text_verified, provenance, location, url.
const csvOf = (l: string) => `${IMPORT_COLUMNS.join(",")}\n"${l}",,,,Imported ${l},no,Test,,\n`;

/** A well-typed value for one field of one action (the world gives the ids). */
function validValue(w: World, action: string, field: string, schema: unknown): fc.Arbitrary<string> {
  const pool = (k: string) => fc.constantFrom(...(w.pools[k]!.length ? w.pools[k]! : ["none"]));
  if (field === "id") return pool(ID_POOL[action] ?? "any");
  if (POOL_OF_FIELD[field]) return pool(POOL_OF_FIELD[field]);
  const options = enumOptions(schema);
  if (options) return fc.constantFrom(...options);
  switch (field) {
    case "version":
      return fc.constantFrom("@version", "@version", "1");
    case "date":
      return partialDate;
    case "targetDate":
      // A target is a day (or none); a partial date there is a hostile value, not a valid one.
      return fc.constantFrom("", "2013-06-30");
    case "electionDate":
    case "issuedOn":
    case "finalReportDate":
      return day;
    case "notBefore":
    case "notAfter":
    case "dateNote":
    case "planKey":
      return fc.constant("");
    case "sourceUrl":
    case "evidenceUrl":
    case "finalReportUrl":
      return fc.constantFrom("https://www.osce.org/odihr/elections/kazakhstan", "");
    case "email":
      return fc.integer({ min: 1, max: 1e9 }).map((n) => `fuzz${n}@test.example`);
    case "password":
      return fc.constant(STRONG_PASSWORD);
    case "confirm":
      return fc.constant("@password");
    case "current":
      return fc.constantFrom("test-password-123", STRONG_PASSWORD);
    case "token":
      return fc.constantFrom(...(action === "resetPassword" ? w.resetTokens : w.inviteTokens), "A".repeat(40));
    case "active":
    case "isEarly":
    case "internal":
    case "textChecked":
      return fc.constantFrom("on", "true", "false", "");
    case "recommendationCount":
      return fc.integer({ min: 0, max: 80 }).map(String);
    case "label":
      return label;
    case "code":
      return fc.stringMatching(/^[A-Z]{2}$/);
    case "csv":
      return label.map(csvOf);
    case "items":
      return label.map((l) =>
        JSON.stringify([{ label: l, section: null, topic: null, leadIn: null, text: `Item ${l}`, response: null }]),
      );
    case "slug":
      return fc.constantFrom("kz-2011", "kz-2007", "");
    case "query":
      return fc.constantFrom("q=media", "view=upcoming&days=10", "status=IMPLEMENTED&on=2012-01-01", "");
    case "fileSha256":
      return fc.constantFrom("", "a".repeat(64));
    default:
      return shortText;
  }
}

export type FormEntries = [string, string][];

/** A form for the action: all well-typed (so some calls succeed), or mixed with hostile, missing, doubled fields. */
export function formArbitrary(w: World, cmd: Cmd, overrides: Record<string, fc.Arbitrary<string>> = {}) {
  const fields = Object.entries(fieldsOf(cmd.schema));
  const valid = (f: string, s: unknown) => overrides[f] ?? validValue(w, cmd.name, f, s);
  const clean = fc.tuple(...fields.map(([f, s]) => valid(f, s).map((v): FormEntries => [[f, v]])));
  const any = fc.oneof(fc.constantFrom(...w.pools.any!), hostile);
  const mixed = fc.tuple(
    ...fields.map(([f, s]) =>
      fc.oneof(
        { weight: 5, arbitrary: valid(f, s).map((v): FormEntries => [[f, v]]) },
        { weight: 3, arbitrary: any.map((v): FormEntries => [[f, v]]) },
        { weight: 1, arbitrary: fc.constant<FormEntries>([]) },
        {
          weight: 1,
          arbitrary: fc.tuple(valid(f, s), any).map(([a, b]): FormEntries => [
            [f, a],
            [f, b],
          ]),
        },
      ),
    ),
    fc.array(fc.tuple(hostileKeys, hostile), { maxLength: 2 }),
  );
  return fc.oneof(
    { weight: 2, arbitrary: clean.map((e) => e.flat()) },
    { weight: 3, arbitrary: mixed.map(([...parts]) => (parts as FormEntries[]).flat()) },
  );
}
