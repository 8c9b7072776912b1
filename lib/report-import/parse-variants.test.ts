// The parser on layouts written for these tests: what extracted report text really looks like.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReportText } from "./parse";

/** Fixtures are kept readable; the test makes them messy: "<<PAGE>>" → form feed, {TAB}, {NBSP}, CRLF. */
const messy = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")
    .replace(/<<PAGE>>\n/g, "\f")
    .replace(/\{TAB\}/g, "\t")
    .replace(/\{NBSP\}/g, "\u00A0")
    .replace(/\n/g, "\r\n");

describe("an ODIHR final report's recommendations, extracted from a PDF with page breaks", () => {
  const text = messy("final-report-paged.txt");
  const { items, warnings } = parseReportText(text);
  const byLabel = Object.fromEntries(items.map((it) => [it.label, it]));
  const lead2 =
    "Election commissions at all levels should be formed in an inclusive and non-partisan manner. " +
    "To this end, consideration could be given to:";

  it("reads the raw input as CRLF with tabs, non-breaking spaces and form feeds", () => {
    expect(text).toMatch(/\r\n/);
    expect(text).toMatch(/\t/);
    expect(text).toMatch(/\u00A0/);
    expect(text.split("\f")).toHaveLength(3);
  });

  it("finds every item in order, whatever its numbering style, and no more", () => {
    // 1.  2) + (a) b) (c)  3.  4 (a).  4(b).  5.  6 (a).  6 (b)  7.
    expect(items.map((it) => it.label)).toEqual([
      "1",
      "2(a)",
      "2(b)",
      "2(c)",
      "3",
      "4(a)",
      "4(b)",
      "5",
      "6(a)",
      "6(b)",
      "7",
    ]);
    expect(warnings).toEqual([]);
  });

  it("takes sections (Cyrillic look-alike letters made Latin) and topic headings", () => {
    expect(items.map((it) => [it.label, it.section, it.topic])).toEqual([
      ["1", "A. PRIORITY RECOMMENDATIONS", null],
      ["2(a)", "A. PRIORITY RECOMMENDATIONS", null],
      ["2(b)", "A. PRIORITY RECOMMENDATIONS", null],
      ["2(c)", "A. PRIORITY RECOMMENDATIONS", null],
      ["3", "B. OTHER RECOMMENDATIONS", "Legal Framework"],
      ["4(a)", "B. OTHER RECOMMENDATIONS", "Election Administration"],
      ["4(b)", "B. OTHER RECOMMENDATIONS", "Election Administration"],
      ["5", "B. OTHER RECOMMENDATIONS", "Voter Registration"],
      ["6(a)", "B. OTHER RECOMMENDATIONS", "Complaints and Appeals"],
      ["6(b)", "B. OTHER RECOMMENDATIONS", "Complaints and Appeals"],
      ["7", "B. OTHER RECOMMENDATIONS", "Complaints and Appeals"],
    ]);
    expect(text).toContain("\u0410.\tPRIORITY"); // Cyrillic А
    expect(text).toContain("\u0412. OTHER"); // Cyrillic В
  });

  it("joins hard wraps and line-break hyphens, keeps real hyphens, drops footnote markers and their notes", () => {
    expect(byLabel["1"]?.text).toBe(
      "The legal framework should be comprehensively reviewed to bring it in line with OSCE commitments and " +
        "other international standards, including a well-known principle that restrictions on the right to " +
        "stand must be reasonable. The review should address the amendments adopted in 2011 and be completed " +
        "well in advance of the next elections, in line with paragraph 7.5 of the 1990 OSCE Copenhagen Document.",
    );
    expect(byLabel["2(b)"]?.text).toBe(
      "ensuring adequate representation of all political parties in commissions, including in decision-making " +
        "bodies at the regional level;",
    );
    expect(byLabel["2(c)"]?.text).toBe(
      "prohibiting interference of local authorities in the work of the election administration.",
    );
    expect(byLabel["4(b)"]?.text).toBe(
      "Training of commission members should be improved and extended to all polling station commissioners, " +
        "especially in rural areas.",
    );
  });

  it("gives lettered parts their shared lead-in, and explicitly numbered parts none", () => {
    expect(items.map((it) => it.leadIn)).toEqual([null, lead2, lead2, lead2, null, null, null, null, null, null, null]);
  });

  it("keeps a line starting with a number in its paragraph; drops headers, footers and page numbers", () => {
    expect(byLabel["5"]?.text).toBe(
      "The authorities should establish a centralized mechanism for cross-checking voter lists, as already " +
        "recommended in the 2007 report, recommendation 6. That mechanism should also cover the special " +
        "polling stations in hospitals and the amendment of the voter lists on election day.",
    );
    expect(items.map((it) => it.text).join(" ")).not.toMatch(/Examplia|Page \d|Final Report/);
  });

  it("keeps an item's paragraphs apart, and the 'at least' + '10 days' wrap inside one", () => {
    expect(byLabel["3"]?.text).toBe(
      "Legal provisions on the registration of candidates should be clarified. Voters should be given at least " +
        "10 days to verify the voter lists, and decision-making on registration should be transparent.\n\n" +
        "The deadlines for registration should be harmonised with those for complaints.",
    );
  });

  it("reads '16 (b)'-style labels without a full stop", () => {
    expect(byLabel["6(b)"]?.text).toBe(
      "The Central Election Commission could consider developing standard procedures for the handling of " +
        "complaints at all levels, and publish its decisions on its website.",
    );
    expect(items.every((it) => it.response === null)).toBe(true);
  });
});

describe("a government's comments, pasted as text without page breaks", () => {
  const { items, warnings } = parseReportText(messy("comments-pasted.txt"));

  it("finds the items, sections and topics, skipping repeated running headers and page numbers", () => {
    expect(items.map((it) => [it.label, it.section, it.topic])).toEqual([
      ["1", "A. Priority recommendations", null],
      ["2(a)", "A. Priority recommendations", null],
      ["2(b)", "A. Priority recommendations", null],
      ["3", "A. Priority recommendations", null],
      ["5", "B. Other recommendations", "Election day"],
      ["6", "B. Other recommendations", "Election day"],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/Comments of the Government|- 4 -/);
  });

  it("captures each answer, its paragraphs and its status in the response vocabulary", () => {
    expect(items.map((it) => it.response && [it.response.status, it.response.statusSentence])).toEqual([
      ["AT_STAGE_OF_IMPLEMENTATION", "Recommendation is at the stage of implementation."],
      ["CANNOT_BE_ACCEPTED", "This recommendation cannot be accepted."],
      ["ACCEPTED_IN_PART", "The recommendation has been partially implemented."],
      ["IMPLEMENTED", "Recommendation is implemented."],
      null,
      ["IMPLEMENTED", "Recommendation is implemented."],
    ]);
    expect(items[0]?.response?.text).toBe(
      "A draft law on amendments to the Election Code was prepared in 2012 and discussed with ODIHR experts " +
        "in Warsaw.\n\nThe working group meets every month and has invited all parties to take part.",
    );
    expect(items[1]?.leadIn).toBe(
      "Guaranteeing the independence of election commissions. To this end, consideration could be given to",
    );
    expect(items[1]?.text).toBe("revising the way the Central Election Commission is appointed,");
  });

  it("warns about a numbering gap, an unknown status sentence and text after a status sentence", () => {
    expect(warnings).toEqual([
      "line 29: numbering jumps from 3 to 5",
      'line 29: item 5: status sentence not recognised, answer left out: "Recommendation will be looked at later."',
      "line 35: item 6: text after the status sentence was left out: " +
        '"The Government thanks the ODIHR for its cooperation."',
    ]);
  });
});

describe("smaller layouts", () => {
  it("reads one paragraph per line (a Word document or unwrapped paste): each line is a paragraph", () => {
    const docx = [
      "Recommendations",
      "",
      "1. The Election Code should be amended.",
      "",
      "Amendments should be adopted at least one year before elections.",
      "",
      "2. Observers should have full access.",
    ].join("\n");
    expect(parseReportText(docx).items.map((it) => [it.label, it.section, it.text])).toEqual([
      [
        "1",
        null,
        "The Election Code should be amended.\n\nAmendments should be adopted at least one year before elections.",
      ],
      ["2", null, "Observers should have full access."],
    ]);
  });

  it("tells a paragraph end from a wrap in hard-wrapped text by how full the line is", () => {
    // Full lines here need 106+ characters for their next word; "It should be inclusive." left room to spare.
    const wrapped = [
      "1. The legal framework should be reviewed to bring it in line with OSCE commitments and with other",
      "international standards, and the whole review should be completed well in advance of the elections.",
      "Inclusiveness is essential.",
      "Parliament should consult civil society and the political parties on every part of the draft law, and",
      "publish the draft law for comment.",
      "2. Observers should have full access to all stages of the process, including the tabulation of the",
      "results at all levels of the election administration.",
    ].join("\n");
    expect(parseReportText(wrapped).items.map((it) => it.text)).toEqual([
      "The legal framework should be reviewed to bring it in line with OSCE commitments and with other " +
        "international standards, and the whole review should be completed well in advance of the elections. " +
        "Inclusiveness is essential.\n\nParliament should consult civil society and the political parties on " +
        "every part of the draft law, and publish the draft law for comment.",
      "Observers should have full access to all stages of the process, including the tabulation of the results " +
        "at all levels of the election administration.",
    ]);
  });

  it("reads a label alone on its line, and warns about an item without text", () => {
    const { items, warnings } = parseReportText("1.\nThe first text.\n2.\n3. The third text.");
    expect(items.map((it) => [it.label, it.text])).toEqual([
      ["1", "The first text."],
      ["3", "The third text."],
    ]);
    expect(warnings).toEqual(["line 3: item 2 has no text; it was left out"]);
  });

  it("does not take '(a)' for a lettered part unless a '(b)' follows", () => {
    const { items } = parseReportText(
      "1. The limits set in paragraph 5, subparagraph\n(a) of the Election Code should be lifted.\n2. Next.",
    );
    expect(items.map((it) => [it.label, it.leadIn, it.text])).toEqual([
      ["1", null, "The limits set in paragraph 5, subparagraph (a) of the Election Code should be lifted."],
      ["2", null, "Next."],
    ]);
  });

  it("drops page numbers in their usual forms and footnote markers glued to words", () => {
    const text = [
      "1. The first recommendation should be applied by all commissions12 in time.",
      "Page 3 of 30",
      "- 4 -",
      "2. The second recommendation[7] is short.¹²",
      "",
      "12",
      "",
      "3. The third one.",
    ].join("\n");
    expect(parseReportText(text).items.map((it) => it.text)).toEqual([
      "The first recommendation should be applied by all commissions in time.",
      "The second recommendation is short.",
      "The third one.",
    ]);
  });

  it("takes a section heading printed without a letter, a topic heading wrapped over two lines, and ligatures", () => {
    const text = [
      "PRIORITY RECOMMENDATIONS",
      "1. The ﬁrst text.",
      "OTHER RECOMMENDATIONS",
      "Participation of Women and National",
      "Minorities",
      "2. The second text.",
    ].join("\n");
    expect(parseReportText(text).items.map((it) => [it.label, it.section, it.topic, it.text])).toEqual([
      ["1", "PRIORITY RECOMMENDATIONS", null, "The first text."],
      ["2", "OTHER RECOMMENDATIONS", "Participation of Women and National Minorities", "The second text."],
    ]);
  });

  it("keeps roman-numbered points inside a lettered part as its text (one paragraph each)", () => {
    const text =
      "1. Parties should be able:\n(a) to register within:\n(i) one month;\n(ii) two weeks;\n(b) to campaign.";
    expect(parseReportText(text).items.map((it) => [it.label, it.text])).toEqual([
      ["1(a)", "to register within:\n\n(i) one month;\n\n(ii) two weeks;"],
      ["1(b)", "to campaign."],
    ]);
  });

  it("reads other answer markers and status wordings", () => {
    const text = [
      "1. First.",
      "Standpoint of the Government: The law is being drafted.",
      "Recommendation is being implemented.",
      "2. Second.",
      "Comment: The matter is for parliament.",
      "The recommendation is under consideration.",
      "3. Third.",
      "Response: None.",
      "This recommendation is rejected.",
    ].join("\n");
    expect(parseReportText(text).items.map((it) => [it.label, it.response?.status, it.response?.text])).toEqual([
      ["1", "AT_STAGE_OF_IMPLEMENTATION", "The law is being drafted."],
      ["2", "REQUIRES_FURTHER_STUDY", "The matter is for parliament."],
      ["3", "CANNOT_BE_ACCEPTED", "None."],
    ]);
  });

  it("keeps a column of bare numbers, drops other page-number forms and invisible characters, stops at an annex", () => {
    const text = [
      "1. The table lists:",
      "1",
      "2",
      "3",
      "in this order.",
      "Page 7",
      "12 / 30",
      "2. The sec\u200Bond te\u00ADxt of the recommen\u00AD  ",
      "dation.",
      "ANNEX: FINAL RESULTS",
      "3. Not an item.",
    ].join("\n");
    expect(parseReportText(text).items.map((it) => it.text)).toEqual([
      "The table lists:\n\n1 2 3 in this order.",
      "The second text of the recommendation.",
    ]);
  });

  it("warns about an answer without a status sentence and items without an answer", () => {
    const text = [
      "A. Recommendations",
      "1. First.",
      "The CEC standpoint. Work continues.",
      "2. Second.",
      "The CEC standpoint. Done.",
      "This recommendation is not accepted.",
      "B. Other recommendations",
      "3. Third.",
      "The CEC standpoint. Done.",
      "Recommendation has been implemented.",
      "C. Closing remarks",
      "The Commission thanks the observers.",
      "4. Fourth.",
    ].join("\n");
    const { items, warnings } = parseReportText(text);
    expect(items.map((it) => [it.label, it.section, it.response?.status ?? null])).toEqual([
      ["1", "A. Recommendations", null],
      ["2", "A. Recommendations", "CANNOT_BE_ACCEPTED"],
      ["3", "B. Other recommendations", "IMPLEMENTED"],
      ["4", "C. Closing remarks", null],
    ]);
    expect(warnings).toEqual([
      "line 2: item 1: the answer has no closing status sentence; it was left out",
      "item 4 has no answer",
    ]);
  });

  it("restarts numbering at 1 after a section heading, and takes no big jump for an item", () => {
    const text = "A. First part\n1. One.\n2. Two.\nB. Second part\n1. Uno.\n9. Not an item.\n2. Dos.";
    const { items, warnings } = parseReportText(text);
    expect(items.map((it) => [it.label, it.section, it.text])).toEqual([
      ["1", "A. First part", "One."],
      ["2", "A. First part", "Two."],
      ["1", "B. Second part", "Uno.\n\n9. Not an item."],
      ["2", "B. Second part", "Dos."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a label glued to its text when extraction lost the space, but not a decimal number", () => {
    const text = "1.The first text.\n2.The second text ends in\n7.5 of the Document.";
    expect(parseReportText(text).items.map((it) => [it.label, it.text])).toEqual([
      ["1", "The first text."],
      ["2", "The second text ends in 7.5 of the Document."],
    ]);
  });

  it("continues lettered parts after '; and', but not after a line that runs on", () => {
    const text =
      "1. The law should:\n(a) set deadlines;\n(b) publish results; and\n(c) allow appeals under article\n(d) of the Code.";
    expect(parseReportText(text).items.map((it) => [it.label, it.text])).toEqual([
      ["1(a)", "set deadlines;"],
      ["1(b)", "publish results; and"],
      ["1(c)", "allow appeals under article (d) of the Code."],
    ]);
  });

  it("returns no items and no warnings for text without numbered recommendations", () => {
    expect(parseReportText("Just a letter.\nWith two lines.")).toEqual({ items: [], warnings: [] });
  });
});
