import { describe, expect, it } from "vitest";
import { assessorText, countText, describeFilter, momentSentence, momentText, shareText } from "./describe";
import { lensesDisagree } from "./lens";

describe("describing a figure in words", () => {
  it("names every filter, then the moment", () => {
    expect(describeFilter({ state: "IMPLEMENTED", independent: "NOT_IMPLEMENTED" }, { on: "2012-04-03" })).toBe(
      "State\u2019s response: Implemented · Independent assessment: Not implemented · status on 3 April 2012, as currently recorded",
    );
    expect(describeFilter({}, {})).toBe("All recommendations · latest status, as currently recorded");
    expect(describeFilter({ fullyOrMostly: true }, {})).toBe(
      "Independent assessment: Fully or mostly implemented · latest status, as currently recorded",
    );
    expect(describeFilter({ independent: "FULLY_IMPLEMENTED" }, { assessor: "ODIHR_MISSION" })).toBe(
      "Independent assessment (ODIHR mission): Fully implemented · latest status, as currently recorded",
    );
    expect(
      describeFilter(
        { priority: "OTHER", section: "x", institution: "y", noFollowUp: true },
        {},
        { section: "B. Other recommendations", institution: "Parliament" },
      ),
    ).toBe(
      "Other recommendations · Section: B. Other recommendations · Responsible institution: Parliament · No follow-up recorded · latest status, as currently recorded",
    );
    expect(describeFilter({ stale: true }, { staleSince: "2012-01-01" })).toBe(
      "No follow-up action or assessment dated on or after 1 January 2012 · latest status, as currently recorded",
    );
  });

  it("formats shares, counts, moments and assessors", () => {
    expect(shareText(11 / 32)).toBe("34%");
    expect(shareText(null)).toBe("\u2013");
    expect(countText(1)).toBe("1 recommendation");
    expect(countText(0)).toBe("0 recommendations");
    // Both clocks, never mixed.
    expect(momentText({})).toBe("latest status, as currently recorded");
    expect(momentText({ asOf: "2011-04-03" })).toBe("latest status, as recorded on 3 April 2011");
    expect(momentText({ on: "2012-06-01" })).toBe("status on 1 June 2012, as currently recorded");
    expect(momentSentence({ on: "2014-01-01", asOf: "2026-11-29" })).toBe(
      "Status on 1 January 2014, as recorded on 29 November 2026",
    );
    expect(assessorText({})).toBe("all assessors");
    expect(assessorText({ assessor: "CIVIL_SOCIETY" })).toBe("Civil society only");
  });

  it("marks where the lenses disagree", () => {
    expect(lensesDisagree("IMPLEMENTED", "NOT_IMPLEMENTED")).toBe(true);
    expect(lensesDisagree("IMPLEMENTED", "PARTIALLY_IMPLEMENTED")).toBe(true);
    expect(lensesDisagree("IMPLEMENTED", "NOT_YET_ASSESSED")).toBe(false);
    expect(lensesDisagree("CANNOT_BE_ACCEPTED", "NOT_IMPLEMENTED")).toBe(false);
  });
});
