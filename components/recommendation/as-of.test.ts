import { describe, expect, it } from "vitest";
import { parseAsOf } from "./as-of";

describe("the asOf parameter", () => {
  it("accepts a real past date", () => {
    expect(parseAsOf("2012-01-01")).toEqual({ kind: "valid", day: "2012-01-01" });
    const today = new Date().toISOString().slice(0, 10);
    expect(parseAsOf(today)).toEqual({ kind: "valid", day: today });
  });
  it("treats a missing or empty value as the current view", () => {
    expect(parseAsOf(undefined)).toEqual({ kind: "none" });
    expect(parseAsOf("")).toEqual({ kind: "none" });
  });
  it("refuses impossible, malformed, future and repeated dates with a message", () => {
    for (const bad of ["2011-02-30", "yesterday", "2011-1-1", "2999-01-01", "2012-01-01T00:00"]) {
      const r = parseAsOf(bad);
      expect(r.kind, bad).toBe("invalid");
    }
    expect(parseAsOf("2999-01-01")).toEqual({ kind: "invalid", message: "The date cannot be in the future." });
    expect(parseAsOf(["2012-01-01", "2012-01-02"]).kind).toBe("invalid");
  });
});
