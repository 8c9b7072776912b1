import { describe, expect, it } from "vitest";
import { canonicalJson, diffFields, GENESIS_HASH, hashEvent, type AuditContent } from "./hash";

const event: AuditContent = {
  seq: 7,
  occurredAt: new Date("2026-01-02T03:04:05.678Z"),
  actorId: "u1",
  actorLabel: "Editor",
  action: "update",
  entityType: "StateResponse",
  entityId: "r1",
  cycleId: "c1",
  recommendationId: "rec1",
  changes: { status: { from: "IMPLEMENTED", to: "ACCEPTED_IN_PART" } },
  reason: "New information",
};

describe("audit hashing", () => {
  it("canonical JSON ignores key order, keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("chains: the hash depends on the previous hash and on every field", () => {
    const h = hashEvent(GENESIS_HASH, event);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent(GENESIS_HASH, { ...event })).toBe(h);
    expect(hashEvent("1".repeat(64), event)).not.toBe(h);
    for (const [k, v] of Object.entries({
      seq: 8,
      actorId: "u2",
      action: "create",
      reason: null,
      changes: {},
      occurredAt: new Date(0),
    })) {
      expect(hashEvent(GENESIS_HASH, { ...event, [k]: v })).not.toBe(h);
    }
  });

  it("diffs only changed fields, with dates as ISO strings", () => {
    const d = new Date("2011-04-03T00:00:00.000Z");
    expect(diffFields({ a: 1, b: "x", c: null }, { a: 1, b: "y", c: d })).toEqual({
      b: { from: "x", to: "y" },
      c: { from: null, to: "2011-04-03T00:00:00.000Z" },
    });
    expect(diffFields({}, { a: 1 })).toEqual({ a: { from: null, to: 1 } });
    expect(diffFields({ a: 1 }, { a: 1 })).toEqual({});
  });
});
