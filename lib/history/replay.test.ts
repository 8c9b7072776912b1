import { describe, expect, it } from "vitest";
import { ofType, replay } from "./replay";

describe("replaying audit events", () => {
  const events = [
    { seq: 1, action: "create", entityType: "StateResponse", entityId: "s", changes: { status: { from: null, to: "ACCEPTED_IN_PART" }, text: { from: null, to: "First" }, version: { from: null, to: 1 } } },
    { seq: 2, action: "update", entityType: "StateResponse", entityId: "s", changes: { status: { from: "ACCEPTED_IN_PART", to: "IMPLEMENTED" }, version: { from: 1, to: 2 } } },
    { seq: 3, action: "assign", entityType: "RecommendationInstitution", entityId: "r:i", changes: { institution: { from: null, to: "CEC" } } },
    { seq: 4, action: "unassign", entityType: "RecommendationInstitution", entityId: "r:i", changes: { institution: { from: "CEC", to: null } } },
    { seq: 5, action: "withdraw", entityType: "FollowUp", entityId: "f", changes: { withdrawnAt: { from: null, to: "2026-01-01T00:00:00.000Z" } } },
  ];

  it("applies field changes in chain order", () => {
    const s = replay(events).get("StateResponse:s")!;
    expect(s.fields).toEqual({ status: "IMPLEMENTED", text: "First", version: 2 });
  });

  it("stops after a given event: the state as it stood then", () => {
    expect(replay(events.slice(0, 1)).get("StateResponse:s")!.fields.status).toBe("ACCEPTED_IN_PART");
  });

  it("drops unassigned links, keeps withdrawn records flagged", () => {
    const all = replay(events);
    expect(ofType(all, "RecommendationInstitution")).toEqual([]);
    expect(ofType(replay(events.slice(0, 3)), "RecommendationInstitution").map((e) => e.fields.institution)).toEqual(["CEC"]);
    expect(ofType(all, "FollowUp")[0]!.fields.withdrawnAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("does not depend on the order events are given in", () => {
    expect(replay([...events].reverse()).get("StateResponse:s")!.fields.status).toBe("IMPLEMENTED");
  });
});
