// The recommendations (imported by an editor) and their series (responses,
// assessments, follow-ups), created with the mutations' field lists, and what
// a later correction changes: a typo, or (state and assessors) the status.
import { RECOMMENDATION_FIELDS } from "@/lib/recommendations/mutations";
import { reportOrder } from "@/lib/recommendations/order";
import { RESPONSE_FIELDS } from "@/lib/responses/mutations";
import { ASSESSMENT_FIELDS } from "@/lib/assessments/mutations";
import { FOLLOW_UP_FIELDS } from "@/lib/follow-ups/mutations";
import { Rng } from "./prng";
import type { EntityPlan } from "./plan-types";
import { synthetic } from "./shape";
import {
  created,
  cycleSlug,
  dated,
  date,
  GENERATED,
  recLabel,
  recScope,
  type Created,
  type Row,
} from "./materialize-common";

export function seriesRow(e: EntityPlan, rng: Rng): Created {
  const rec = e.parent!;
  const base = {
    id: e.id,
    recommendationId: rec.id,
    createdById: null as string | null,
    withdrawnAt: null,
    withdrawalReason: null,
    version: 1,
  };
  const url = (p: number, what: string) =>
    rng.chance(p) ? `https://example.org/bench/${cycleSlug(rec.parent!)}/${what}-${e.n}` : null;
  if (e.kind === "response") {
    const row = {
      ...base,
      status: e.a.status,
      text: synthetic(rng, "state response", rng.int(60, 140)),
      statusSentence: synthetic(rng, "closing sentence", rng.int(8, 15)),
      ...dated(e.a.date!),
      documentId: e.a.doc?.id ?? null,
      location: e.a.doc ? `Part 2, recommendation ${recLabel(rec)}` : null,
      sourceUrl: url(0.2, "response"),
    };
    return created("state_responses", "StateResponse", row, RESPONSE_FIELDS, recScope(rec), null);
  }
  if (e.kind === "assessment") {
    const names = {
      ODIHR_MISSION: "ODIHR needs assessment mission",
      OTHER_OBSERVER: "Observer group (synthetic)",
      CIVIL_SOCIETY: "Civil society coalition (synthetic)",
      INTERNAL_REVIEW: null,
    };
    const row = {
      ...base,
      status: e.a.assessment,
      assessorType: e.a.assessorType,
      assessorName: names[e.a.assessorType!],
      ...dated(e.a.date!),
      rationale: synthetic(rng, "rationale", rng.int(30, 80)),
      documentId: e.a.doc?.id ?? null,
      location: e.a.doc ? `Section ${rng.int(2, 9)}` : null,
      sourceUrl: url(0.3, "assessment"),
    };
    return created("assessments", "Assessment", row, ASSESSMENT_FIELDS, recScope(rec), row.rationale);
  }
  const row = {
    ...base,
    ...dated(e.a.date!),
    actionTaken: synthetic(rng, "action taken", rng.int(15, 45)),
    institutionId: e.a.institution?.id ?? null,
    evidenceDocumentId: e.a.doc?.id ?? null,
    evidenceLocation: e.a.doc ? `Section ${rng.int(2, 9)}` : null,
    evidenceUrl: url(0.25, "evidence"),
    nextStep: rng.chance(0.3) ? synthetic(rng, "next step", rng.int(8, 20)) : null,
    targetDate: date(e.a.target),
    internal: e.a.internal,
  };
  return created("follow_ups", "FollowUp", row, FOLLOW_UP_FIELDS, recScope(rec), null);
}

export function recCreate(e: EntityPlan, rng: Rng, seed: number): Created {
  const a = e.a;
  const cycle = e.parent!;
  const label = recLabel(e);
  // Both lettered parts of a number share their lead-in: drawn from the number's own stream.
  const leadIn = a.letter ? synthetic(Rng.of(seed, `lead-in:${cycle.n}:${a.number}`), "lead-in", 12) : null;
  const row = {
    id: e.id,
    cycleId: cycle.id,
    label,
    number: a.number,
    letter: a.letter ?? null,
    order: reportOrder(a.number!, a.letter ?? null),
    sectionId: a.section!.id,
    priority: a.priority,
    leadIn,
    text: synthetic(rng, "recommendation text (not an ODIHR recommendation)", rng.int(45, 90)),
    textVerification: rng.chance(0.1) ? "NEEDS_VERIFICATION" : "VERIFIED",
    sourceDocumentId: a.doc!.id,
    sourceLocation: `Final report, recommendation ${label}`,
    sourceUrl: null,
    provenance: GENERATED,
    version: 1,
  };
  return created(
    "recommendations",
    "Recommendation",
    row,
    RECOMMENDATION_FIELDS,
    recScope(e),
    `Imported from ${cycleSlug(cycle)}-recommendations.csv, line ${a.line}`,
  );
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
        ? {
            data: { status: current.status === "IMPLEMENTED" ? "AT_STAGE_OF_IMPLEMENTATION" : "IMPLEMENTED" },
            reason: "Status misread from the source",
          }
        : { data: { statusSentence: typo(current.statusSentence) }, reason: "Typo corrected against the source" };
    case "assessment":
      return rng.chance(0.3)
        ? {
            data: { status: current.status === "FULLY_IMPLEMENTED" ? "MOSTLY_IMPLEMENTED" : "FULLY_IMPLEMENTED" },
            reason: "Assessment misread from the source",
          }
        : { data: { rationale: typo(current.rationale) }, reason: "Typo corrected" };
    default:
      return { data: { actionTaken: typo(current.actionTaken) }, reason: "Typo corrected" };
  }
}
