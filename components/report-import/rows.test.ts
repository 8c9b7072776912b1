import { describe, expect, it } from "vitest";
import { applyRowAction, itemErrors, withKey } from "./rows";

const row = (label: string, text: string) =>
  withKey({ label, section: "A. Priority", topic: null, leadIn: null, text, response: null });

describe("preview edits", () => {
  it("moves, splits at a paragraph break, merges with the previous item and drops", () => {
    const rows = [row("1", "One.\n\nTwo."), row("2", "Three.")];
    const split = applyRowAction(rows, 0, "split");
    expect(split.map((r) => [r.label, r.text])).toEqual([
      ["1", "One."],
      ["", "Two."],
      ["2", "Three."],
    ]);
    const merged = applyRowAction(split, 2, "merge");
    expect(merged.map((r) => [r.label, r.text])).toEqual([
      ["1", "One."],
      ["", "Two.\n\nThree."],
    ]);
    expect(applyRowAction(merged, 1, "up").map((r) => r.label)).toEqual(["", "1"]);
    expect(applyRowAction(merged, 0, "drop").map((r) => r.label)).toEqual([""]);
    expect(applyRowAction(rows, 1, "split")).toBe(rows); // one paragraph: nothing to split
  });

  it("groups the server's messages by item", () => {
    expect(itemErrors({ "items.1.label": ["a"], "items.1.text": ["b"], items: ["c"], date: ["d"] })).toEqual(
      new Map([[1, ["a", "b"]]]),
    );
  });
});
