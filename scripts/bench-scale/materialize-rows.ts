// The row each kind of entity is created with, and the event that records it,
// the way the app writes them: seed-style rows (countries, cycles, documents,
// sections: every non-null field, by the system) and the mutations' rows
// (users, institutions, imported recommendations, the series, assignments,
// links: their field lists and scope). And what a later correction changes.
import { diffFields } from "@/lib/audit/hash";
import type { EntityType } from "@/lib/audit/catalogue";
import { RECOMMENDATION_FIELDS } from "@/lib/recommendations/mutations";
import { reportOrder } from "@/lib/recommendations/order";
import { RESPONSE_FIELDS } from "@/lib/responses/mutations";
import { ASSESSMENT_FIELDS } from "@/lib/assessments/mutations";
import { FOLLOW_UP_FIELDS } from "@/lib/follow-ups/mutations";
import { INSTITUTION_FIELDS } from "@/lib/institutions/mutations";
import { Rng } from "./prng";
import type { DatedPlan, EntityPlan } from "./plan-types";
import { countryCode, countryName, editorName, idOf, institutionAbbreviation, institutionName, synthetic } from "./shape";

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

const GENERATED = "Generated benchmark data (scripts/bench-scale)";
const none: Created["scope"] = { cycleId: null, recommendationId: null };
const date = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms));
const dated = (d: DatedPlan) => ({ datePrecision: d.p, dateFrom: date(d.from), dateTo: date(d.to)!, dateNote: d.note });
const TYPE_WORD: Record<string, string> = { PARLIAMENTARY: "Parliamentary", PRESIDENTIAL: "Presidential", LOCAL: "Local", REFERENDUM: "Referendum" };

export const cycleSlug = (cycle: EntityPlan) => `${countryCode(cycle.a.c!).toLowerCase()}-${cycle.a.year}`;
export const recLabel = (rec: EntityPlan) => (rec.a.letter ? `${rec.a.number}(${rec.a.letter})` : String(rec.a.number));
const recScope = (rec: EntityPlan) => ({ cycleId: rec.parent!.id, recommendationId: rec.id });

/** Seed style (lib/seed/seed.ts): the data as given, every non-null field in the event. */
function seeded(table: string, entityType: EntityType, data: Row, scope: Created["scope"] = none): Created {
  return { table, entityType, row: data, changes: diffFields({}, data), reason: GENERATED, scope, fields: [] };
}

/** Mutation style (auditCreate): the mutation's fields and the version. */
function created(table: string, entityType: EntityType, row: Row, fields: readonly string[], scope: Created["scope"], reason: string | null): Created {
  return { table, entityType, row, changes: diffFields({}, row, [...fields, "version"]), reason, scope, fields };
}

function cycleRow(e: EntityPlan): Row {
  const a = e.a;
  const title = `${TYPE_WORD[a.electionType!]} elections, ${countryName(a.c!)} (synthetic)`;
  return {
    slug: cycleSlug(e), countryId: e.parent!.id, year: a.year, electionType: a.electionType, title, electionDate: date(a.election),
    isEarly: false, finalReportTitle: `${title}: ODIHR Election Observation Mission Final Report (synthetic)`,
    finalReportDate: date(a.report), finalReportPlace: "Warsaw", notes: null, version: 1,
  };
}

function documentRow(e: EntityPlan): Row {
  const cycle = e.parent!;
  const comments = e.a.docType === "GOVERNMENT_COMMENTS";
  const what = { PRELIMINARY_STATEMENT: "Preliminary statement", FINAL_REPORT: "Final report", GOVERNMENT_COMMENTS: "Comments of the authorities" }[
    e.a.docType as "FINAL_REPORT"
  ];
  return {
    slug: `${cycleSlug(cycle)}-${e.a.docType!.toLowerCase().replace(/_/g, "-")}`, cycleId: cycle.id, type: e.a.docType, title: `${what} (synthetic)`,
    issuer: comments ? `Central Election Commission of ${countryName(cycle.a.c!)}` : "OSCE/ODIHR", issuedOn: date(e.a.issued),
    place: comments ? null : "Warsaw", sourceFile: null, fullText: null, version: 1,
  };
}

function seriesRow(e: EntityPlan, rng: Rng): Created {
  const rec = e.parent!;
  const base = { id: e.id, recommendationId: rec.id, createdById: null as string | null, withdrawnAt: null, withdrawalReason: null, version: 1 };
  const url = (p: number, what: string) => (rng.chance(p) ? `https://example.org/bench/${cycleSlug(rec.parent!)}/${what}-${e.n}` : null);
  if (e.kind === "response") {
    const row = {
      ...base, status: e.a.status, text: synthetic(rng, "state response", rng.int(60, 140)), statusSentence: synthetic(rng, "closing sentence", rng.int(8, 15)),
      ...dated(e.a.date!), documentId: e.a.doc?.id ?? null, location: e.a.doc ? `Part 2, recommendation ${recLabel(rec)}` : null, sourceUrl: url(0.2, "response"),
    };
    return created("state_responses", "StateResponse", row, RESPONSE_FIELDS, recScope(rec), null);
  }
  if (e.kind === "assessment") {
    const names = { ODIHR_MISSION: "ODIHR needs assessment mission", OTHER_OBSERVER: "Observer group (synthetic)", CIVIL_SOCIETY: "Civil society coalition (synthetic)", INTERNAL_REVIEW: null };
    const row = {
      ...base, status: e.a.assessment, assessorType: e.a.assessorType, assessorName: names[e.a.assessorType!], ...dated(e.a.date!),
      rationale: synthetic(rng, "rationale", rng.int(30, 80)), documentId: e.a.doc?.id ?? null, location: e.a.doc ? `Section ${rng.int(2, 9)}` : null,
      sourceUrl: url(0.3, "assessment"),
    };
    return created("assessments", "Assessment", row, ASSESSMENT_FIELDS, recScope(rec), row.rationale);
  }
  const row = {
    ...base, ...dated(e.a.date!), actionTaken: synthetic(rng, "action taken", rng.int(15, 45)), institutionId: e.a.institution?.id ?? null,
    evidenceDocumentId: e.a.doc?.id ?? null, evidenceLocation: e.a.doc ? `Section ${rng.int(2, 9)}` : null, evidenceUrl: url(0.25, "evidence"),
    nextStep: rng.chance(0.3) ? synthetic(rng, "next step", rng.int(8, 20)) : null, targetDate: date(e.a.target), internal: e.a.internal,
  };
  return created("follow_ups", "FollowUp", row, FOLLOW_UP_FIELDS, recScope(rec), null);
}

export function createOf(e: EntityPlan, rng: Rng, seed: number): Created {
  const a = e.a;
  switch (e.kind) {
    case "user": {
      const admin = a.role === "ADMIN";
      const name = admin ? "Benchmark administrator" : editorName(a.i!);
      const email = admin ? "bench-admin@bench.example" : `bench-editor-${String(a.i! + 1).padStart(2, "0")}@bench.example`;
      const row: Row = { id: e.id, email, name, role: a.role, active: true };
      return { table: "users", entityType: "User", row, changes: diffFields({}, { email, name, role: a.role, active: true }), reason: null, scope: none, fields: [] };
    }
    case "country":
      return { ...seeded("countries", "Country", { code: countryCode(a.c!), name: countryName(a.c!) }), row: { id: e.id, code: countryCode(a.c!), name: countryName(a.c!) } };
    case "institution": {
      const row: Row = { id: e.id, name: institutionName(a.c!, a.i!), abbreviation: institutionAbbreviation(a.i!), description: null, active: true, version: 1 };
      return created("institutions", "Institution", row, INSTITUTION_FIELDS, none, null);
    }
    case "cycle": {
      const c = seeded("election_cycles", "ElectionCycle", cycleRow(e), { cycleId: e.id, recommendationId: null });
      return { ...c, row: { id: e.id, ...c.row, finalReportUrl: null } };
    }
    case "document": {
      const c = seeded("documents", "Document", documentRow(e), { cycleId: e.parent!.id, recommendationId: null });
      return { ...c, row: { id: e.id, ...c.row, sourceUrl: null } };
    }
    case "section": {
      const data = { cycleId: e.parent!.id, key: a.key, title: a.title, priority: a.priority, order: a.order, ...(a.section ? { parentId: a.section.id } : {}) };
      const c = seeded("report_sections", "ReportSection", data, { cycleId: e.parent!.id, recommendationId: null });
      return { ...c, row: { id: e.id, parentId: null, leadIn: null, ...data } };
    }
    case "rec":
      return recCreate(e, rng, seed);
    case "assignment": {
      const inst = a.institution!;
      const d = dated(a.date!);
      const row = { recommendationId: e.parent!.id, institutionId: inst.id, ...d };
      const name = institutionName(inst.a.c!, inst.a.i!);
      const changes = { institutionId: { from: null, to: inst.id }, institution: { from: null, to: name }, ...diffFields({}, d) };
      const removal = { institutionId: { from: inst.id, to: null }, institution: { from: name, to: null } };
      return { table: "recommendation_institutions", entityType: "RecommendationInstitution", row, changes, reason: null, scope: recScope(e.parent!), fields: [], removal };
    }
    case "link": {
      const to = a.to!;
      const note = rng.chance(0.3) ? "Synthetic note: the same wording as the earlier report." : null;
      const earlier = `${to.parent!.a.year} ${recLabel(to)}`;
      const row: Row = { id: idOf("l", e.n), fromId: e.parent!.id, toId: to.id, kind: a.linkKind, note, createdById: null };
      const changes = { toId: { from: null, to: to.id }, earlier: { from: null, to: earlier }, kind: { from: null, to: a.linkKind }, ...(note ? { note: { from: null, to: note } } : {}) };
      const removal = { toId: { from: to.id, to: null }, earlier: { from: earlier, to: null }, kind: { from: a.linkKind, to: null } };
      return { table: "recommendation_links", entityType: "RecommendationLink", row, changes, reason: null, scope: recScope(e.parent!), fields: [], removal };
    }
    default:
      return seriesRow(e, rng);
  }
}

function recCreate(e: EntityPlan, rng: Rng, seed: number): Created {
  const a = e.a;
  const cycle = e.parent!;
  const label = recLabel(e);
  // Both lettered parts of a number share their lead-in: drawn from the number's own stream.
  const leadIn = a.letter ? synthetic(Rng.of(seed, `lead-in:${cycle.n}:${a.number}`), "lead-in", 12) : null;
  const row = {
    id: e.id, cycleId: cycle.id, label, number: a.number, letter: a.letter ?? null, order: reportOrder(a.number!, a.letter ?? null),
    sectionId: a.section!.id, priority: a.priority, leadIn, text: synthetic(rng, "recommendation text (not an ODIHR recommendation)", rng.int(45, 90)),
    textVerification: rng.chance(0.1) ? "NEEDS_VERIFICATION" : "VERIFIED", sourceDocumentId: a.doc!.id,
    sourceLocation: `Final report, recommendation ${label}`, sourceUrl: null, provenance: GENERATED, version: 1,
  };
  return created("recommendations", "Recommendation", row, RECOMMENDATION_FIELDS, recScope(e), `Imported from ${cycleSlug(cycle)}-recommendations.csv, line ${a.line}`);
}

/** What a correction changes: a typo in the text, or (for the state and assessors) the status, with a reason. */
export function correctionOf(e: EntityPlan, rng: Rng, current: Row): { data: Row; reason: string } {
  const typo = (s: unknown) => `${String(s).replace(/\.$/, "")} (corrected).`;
  switch (e.kind) {
    case "rec":
      return current.textVerification === "NEEDS_VERIFICATION"
        ? { data: { textVerification: "VERIFIED" }, reason: "Checked against the published report" }
        : { data: { text: typo(current.text) }, reason: "Typo corrected against the published report" };
    case "response":
      return rng.chance(0.3)
        ? { data: { status: current.status === "IMPLEMENTED" ? "AT_STAGE_OF_IMPLEMENTATION" : "IMPLEMENTED" }, reason: "Status misread from the source" }
        : { data: { statusSentence: typo(current.statusSentence) }, reason: "Typo corrected against the source" };
    case "assessment":
      return rng.chance(0.3)
        ? { data: { status: current.status === "FULLY_IMPLEMENTED" ? "MOSTLY_IMPLEMENTED" : "FULLY_IMPLEMENTED" }, reason: "Assessment misread from the source" }
        : { data: { rationale: typo(current.rationale) }, reason: "Typo corrected" };
    default:
      return { data: { actionTaken: typo(current.actionTaken) }, reason: "Typo corrected" };
  }
}
