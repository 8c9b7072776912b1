import { describe, expect, it } from "vitest";
import { candidateLabel, excerpt, outstandingSentence, similarityWords } from "./labels";

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

  it("says in words how much wording two texts share", () => {
    expect(similarityWords(0.356)).toBe("Reads somewhat alike: 36 % of their wording in common");
    expect(similarityWords(0.45)).toBe("Reads much alike: 45 % of their wording in common");
    expect(similarityWords(0.61)).toBe("Reads almost the same: 61 % of their wording in common");
    expect(similarityWords(1.2)).toBe("Reads almost the same: 100 % of their wording in common");
  });

  it("says since when a repeated recommendation is outstanding, naming each lens", () => {
    const r = { since: 2005, state: "IMPLEMENTED", independent: "NOT_YET_ASSESSED" } as const;
    expect(outstandingSentence({ ...r, outstandingByState: false, outstandingIndependently: true })).toBe(
      "Outstanding since 2005: it has not been assessed independently yet, although the state reports it implemented.",
    );
    expect(
      outstandingSentence({
        since: 2007,
        state: "ACCEPTED_IN_PART",
        independent: "PARTIALLY_IMPLEMENTED",
        outstandingByState: true,
        outstandingIndependently: true,
      }),
    ).toBe(
      "Outstanding since 2007: the state’s response is “Accepted in part”, " +
        "and the independent assessment finds it “Partially implemented”.",
    );
    expect(
      outstandingSentence({
        since: 2007,
        state: "IMPLEMENTED",
        independent: "FULLY_IMPLEMENTED",
        outstandingByState: false,
        outstandingIndependently: false,
      }),
    ).toMatch(/^No longer outstanding/);
  });
});
