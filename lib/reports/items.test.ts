import { describe, expect, it } from "vitest";
import { replay } from "@/lib/history/replay";
import { buildItem } from "./items";

const look = { documentTitle: (id: string) => (id === "d1" ? "CEC Comments" : null), institutionName: (id: string) => (id === "i1" ? "Parliament" : null) };
const ev = (seq: number, action: string, entityType: string, entityId: string, changes: Record<string, unknown>) => ({
  seq, action, entityType, entityId, changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { from: null, to: v }])),
});

describe("report items from the history", () => {
  const events = [
    ev(1, "create", "Recommendation", "r", { label: "2(a)", number: 2, order: 201, text: "revising the way the CEC is appointed,", textVerification: "VERIFIED", sourceDocumentId: "d1", sourceLocation: "Part Recommendations" }),
    ev(2, "create", "StateResponse", "s", { status: "CANNOT_BE_ACCEPTED", text: "Standpoint", statusSentence: "This recommendation cannot be accepted.", documentId: "d1" }),
    ev(3, "create", "Assessment", "a1", { status: "NOT_IMPLEMENTED", assessorType: "ODIHR_MISSION", assessedOn: "2012-04-03T00:00:00.000Z", rationale: "No change" }),
    ev(4, "create", "Assessment", "a2", { status: "FULLY_IMPLEMENTED", assessorType: "CIVIL_SOCIETY", assessedOn: "2013-01-01T00:00:00.000Z", rationale: "Done" }),
    ev(5, "withdraw", "Assessment", "a2", { withdrawnAt: "2026-01-01T00:00:00.000Z" }),
    ev(6, "create", "FollowUp", "f1", { actionDate: "2011-09-09T00:00:00.000Z", actionTaken: "Round table", institutionId: "i1", evidenceDocumentId: "d1", evidenceLocation: "p. 3" }),
    ev(7, "create", "FollowUp", "f2", { actionDate: "2011-10-01T00:00:00.000Z", actionTaken: "Internal note", internal: true }),
    ev(8, "assign", "RecommendationInstitution", "r:i1", { institution: "Parliament" }),
  ];

  it("carries the verbatim text, response with source, latest non-withdrawn assessment, public follow-ups", () => {
    const item = buildItem("r", [...replay(events).values()], look)!;
    expect(item).toMatchObject({ label: "2(a)", text: "revising the way the CEC is appointed,", source: "CEC Comments, Part Recommendations", needsVerification: false });
    expect(item.response).toEqual({ status: "CANNOT_BE_ACCEPTED", text: "Standpoint", statusSentence: "This recommendation cannot be accepted.", source: "CEC Comments" });
    expect(item.assessment).toMatchObject({ status: "NOT_IMPLEMENTED", assessorType: "ODIHR_MISSION", assessedOn: "2012-04-03" });
    expect(item.followUps).toEqual([{ actionDate: "2011-09-09", actionTaken: "Round table", institution: "Parliament", evidence: "CEC Comments, p. 3", nextStep: null, targetDate: null }]);
    expect(item.institutions).toEqual(["Parliament"]);
  });

  it("is null before the recommendation was recorded, and has no response before one was", () => {
    expect(buildItem("r", [], look)).toBeNull();
    expect(buildItem("r", [...replay(events.slice(0, 1)).values()], look)!.response).toBeNull();
  });
});
