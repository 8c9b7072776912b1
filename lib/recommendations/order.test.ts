import { describe, expect, it } from "vitest";
import { parseLabel, reportOrder } from "./order";

describe("report order", () => {
  it("orders numbered and lettered items as printed", () => {
    const labels = ["3", "2(b)", "14(a)", "2", "2(a)", "13"];
    const sorted = [...labels].sort((a, b) => {
      const x = parseLabel(a)!;
      const y = parseLabel(b)!;
      return reportOrder(x.number, x.letter) - reportOrder(y.number, y.letter);
    });
    expect(sorted).toEqual(["2", "2(a)", "2(b)", "3", "13", "14(a)"]);
  });
  it("parses labels and refuses others", () => {
    expect(parseLabel("14(b)")).toEqual({ number: 14, letter: "b" });
    expect(parseLabel("4 (a)")).toEqual({ number: 4, letter: "a" });
    expect(parseLabel("17")).toEqual({ number: 17, letter: null });
    expect(parseLabel("A.1")).toBeNull();
    expect(parseLabel("2(ab)")).toBeNull();
  });
});
