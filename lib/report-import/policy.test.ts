import { describe, expect, it } from "vitest";
import { alreadyRecorded, normaliseLabel, sectionOf, topicOf } from "./policy";

describe("report-text import rules", () => {
  it("reads a section heading as key, title and priority, Cyrillic look-alikes included", () => {
    expect(sectionOf("\u0410. Priority recommendations")).toEqual({
      key: "A",
      title: "A. Priority recommendations",
      priority: "PRIORITY",
    });
    expect(sectionOf("B.  Other Recommendations")).toEqual({
      key: "B",
      title: "B. Other Recommendations",
      priority: "OTHER",
    });
    expect(sectionOf("Recommendations on the media")).toEqual({
      key: "recommendations-on-the-media",
      title: "Recommendations on the media",
      priority: "UNSPECIFIED",
    });
  });

  it("keys a topic under its section as the seed does", () => {
    expect(topicOf("B", "Adjudication of election disputes").key).toBe("B/adjudication-of-election-disputes");
    expect(topicOf(null, "Media").key).toBe("media");
  });

  it("normalises labels and finds those already recorded", () => {
    expect(["4 (a)", "17", " 2(b) ", "2(B)", "a"].map(normaliseLabel)).toEqual(["4(a)", "17", "2(b)", null, null]);
    expect([...alreadyRecorded([{ label: "4 (a)" }, { label: "5" }], ["4(a)", "6"])]).toEqual(["4(a)"]);
  });
});
