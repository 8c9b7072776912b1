import { describe, expect, it } from "vitest";
import { candidateLabel, excerpt } from "./labels";

describe("link labels", () => {
  it("shortens a text at a word, with an ellipsis", () => {
    expect(excerpt("Short text.")).toBe("Short text.");
    const long =
      "Abstentions (blank votes) should explicitly be counted in the result protocols, instead of being inferred.";
    const e = excerpt(long);
    expect(e.length).toBeLessThanOrEqual(81);
    expect(e).toBe("Abstentions (blank votes) should explicitly be counted in the result protocols…");
  });

  it("labels a candidate with its year and number", () => {
    expect(candidateLabel({ label: "17", text: "Abstentions should be counted.", cycle: { year: 2005 } })).toBe(
      "2005 · 17 — Abstentions should be counted.",
    );
  });
});
