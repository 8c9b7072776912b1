import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { normalizeForCompare, normalizeSourceText } from "./normalize";
import { parseCecComments2011, type CecStatus } from "./parse-cec-comments";
import { KZ_2011_LABELS as EXPECTED_LABELS } from "@/lib/test/kz-2011";

const SOURCE_URL = new URL("../../prisma/seed-data/sources/001_00b9d59d0ed12259.txt", import.meta.url);
const JSON_URL = new URL("../../prisma/seed-data/kz-2011-recommendations.json", import.meta.url);

const source = readFileSync(SOURCE_URL, "utf8");
const sourceLines = source.split("\n");
const parsed = parseCecComments2011(source);
const normalized = normalizeSourceText(source);
const byLabel = (label: string) => {
  const item = parsed.items.find((it) => it.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
};

describe("structure", () => {
  it("has exactly the 32 expected items in document order", () => {
    expect(parsed.items.map((it) => it.label)).toEqual(EXPECTED_LABELS);
    expect(parsed.items.map((it) => it.order)).toEqual(EXPECTED_LABELS.map((_, i) => i + 1));
  });

  it("has 21 numbers: 1-11 priority (section A), 12-21 other (section B)", () => {
    const numbers = (key: "A" | "B") => [
      ...new Set(parsed.items.filter((it) => it.section === key).map((it) => it.number)),
    ];
    expect(new Set(parsed.items.map((it) => it.number)).size).toBe(21);
    expect(numbers("A")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(numbers("B")).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it("has the two sections, with a Latin A although the source prints a Cyrillic А", () => {
    expect(sourceLines).toContain("\u0410. Priority recommendations");
    expect(parsed.sections.map(({ key, title, priority }) => ({ key, title, priority }))).toEqual([
      { key: "A", title: "A. Priority recommendations", priority: true },
      { key: "B", title: "B. Other recommendations", priority: false },
    ]);
    expect(parsed.sections[0]?.leadIn).toMatch(/^Commensurate efforts need to be made .* This includes:$/);
    expect(parsed.sections[1]?.leadIn).toBeNull();
  });

  it("has the six topic headings of section B, and puts each item under the right one", () => {
    expect(parsed.topics.map((t) => [t.order, t.key, t.title, t.section])).toEqual([
      [1, "legal-framework", "Legal framework", "B"],
      [2, "election-administration", "Election administration", "B"],
      [3, "voter-registration", "Voter registration", "B"],
      [4, "adjudication-of-election-disputes", "Adjudication of election disputes", "B"],
      [5, "media", "Media", "B"],
      [6, "election-day", "Election day", "B"],
    ]);
    const topicOf = Object.fromEntries(parsed.items.map((it) => [it.number, it.topic]));
    expect(topicOf).toEqual({
      1: null,
      2: null,
      3: null,
      4: null,
      5: null,
      6: null,
      7: null,
      8: null,
      9: null,
      10: null,
      11: null,
      12: "legal-framework",
      13: "election-administration",
      14: "election-administration",
      15: "voter-registration",
      16: "adjudication-of-election-disputes",
      17: "adjudication-of-election-disputes",
      18: "adjudication-of-election-disputes",
      19: "adjudication-of-election-disputes",
      20: "media",
      21: "election-day",
    });
  });

  it("gives shared lead-ins only to 2(a)-(e) and 3(a)-(b)", () => {
    const withLeadIn = parsed.items.filter((it) => it.leadIn !== null).map((it) => it.label);
    expect(withLeadIn).toEqual(["2(a)", "2(b)", "2(c)", "2(d)", "2(e)", "3(a)", "3(b)"]);
    expect(new Set(["2(a)", "2(e)"].map((l) => byLabel(l).leadIn))).toEqual(
      new Set([
        "Guaranteeing inclusive composition, as well as impartial and independent performance, of election commissions at all levels. To this end, consideration could be given to",
      ]),
    );
    expect(byLabel("3(b)").leadIn).toBe(
      "Ensuring transparency and consistency of the candidate registration process by amending the legal framework to establish",
    );
  });

  it("points sourceLine at the line where each item's text starts", () => {
    for (const it of parsed.items) {
      const line = (sourceLines[it.sourceLine - 1] ?? "").trim();
      expect(line.startsWith(it.letter && it.leadIn ? `(${it.letter})` : String(it.number)), it.label).toBe(true);
      expect(normalizeForCompare(line), it.label).toContain(it.text.split(" ").slice(0, 3).join(" "));
    }
  });
});

describe("verbatim text", () => {
  it("finds every lead-in, text, response paragraph and status sentence in the source, in document order", () => {
    let cursor = normalized.indexOf(normalizeForCompare(parsed.sections[0]?.leadIn ?? "?"));
    expect(cursor).toBeGreaterThan(0);
    const expectNext = (piece: string, what: string) => {
      const at = normalized.indexOf(normalizeForCompare(piece), cursor);
      expect(at, what).toBeGreaterThanOrEqual(cursor);
      cursor = at + normalizeForCompare(piece).length;
    };
    for (const it of parsed.items) {
      if (it.leadIn && it.letter === "a") expectNext(it.leadIn, `${it.label} lead-in`);
      expectNext(it.text, `${it.label} text`);
      expectNext(`The CEC standpoint. ${it.response.text}`, `${it.label} response`);
      expectNext(it.response.statusSentence, `${it.label} status`);
    }
  });

  it("keeps texts clean: trimmed, single-spaced, paragraphs split by one blank line, no standpoint prefix", () => {
    for (const it of parsed.items) {
      for (const s of [it.text, it.leadIn ?? "x", it.response.statusSentence]) {
        expect(s, it.label).toBe(normalizeForCompare(s));
        expect(s.length, it.label).toBeGreaterThan(0);
      }
      for (const p of it.response.text.split("\n\n")) {
        expect(p, it.label).toBe(normalizeForCompare(p));
        expect(p.length, it.label).toBeGreaterThan(0);
      }
      expect(`${it.text} ${it.response.text} ${it.response.statusSentence}`).not.toContain("The CEC standpoint");
    }
  });

  it("drops the page numbers that the PDF extraction left inside items 7(b) and 13", () => {
    // The only lone page-number lines of the recommendations part.
    expect([sourceLines[1196], sourceLines[1289]]).toEqual(["26", "28"]);
    expect(byLabel("7(b)").response.text).toContain(
      "the recommendations about premises where election commissions can be located, the Code of Conduct",
    );
    expect(byLabel("13").text).toContain(
      "political party representatives; official instructions for voting procedures (including",
    );
    const all = parsed.items.map((it) => `${it.leadIn ?? ""} ${it.text} ${it.response.text}`).join(" ");
    expect(all).not.toMatch(/election 26 commissions|representatives; 28 official/);
  });

  it("keeps the real paragraph breaks of long answers", () => {
    expect(byLabel("1").response.text.split("\n\n")).toHaveLength(3);
    expect(
      byLabel("19")
        .response.text.split("\n\n")
        .map((p) => p.slice(0, 20)),
    ).toEqual([
      "According to constit",
      "The right to appeal ",
      "Thus, the supervisio",
      "In transitional peri",
      "According to the Con",
    ]);
  });
});

describe("statuses", () => {
  it("match an independent count of status sentences in the recommendations part of the source", () => {
    const part = source.slice(source.indexOf("\nRecommendations\n"));
    const count = (re: RegExp) => (part.match(re) ?? []).length;
    const expected: Record<CecStatus, number> = {
      IMPLEMENTED: count(/^Recommendation is implemented[.;]/gm),
      AT_STAGE_OF_IMPLEMENTATION: count(/^Recommendation is at the stage of implementation\./gm),
      ACCEPTED_IN_PART: count(/^Recommendation is accepted in part\./gm),
      REQUIRES_FURTHER_STUDY: count(/^Recommendation requires further study\./gm),
      CANNOT_BE_ACCEPTED: count(/^This recommendation cannot be accepted\./gm),
    };
    const actual: Record<CecStatus, number> = {
      IMPLEMENTED: 0,
      AT_STAGE_OF_IMPLEMENTATION: 0,
      ACCEPTED_IN_PART: 0,
      REQUIRES_FURTHER_STUDY: 0,
      CANNOT_BE_ACCEPTED: 0,
    };
    for (const it of parsed.items) actual[it.response.status]++;
    expect(actual).toEqual(expected);
    expect(actual).toEqual({
      IMPLEMENTED: 11,
      AT_STAGE_OF_IMPLEMENTATION: 2,
      ACCEPTED_IN_PART: 1,
      REQUIRES_FURTHER_STUDY: 7,
      CANNOT_BE_ACCEPTED: 11,
    });
  });

  it("keeps the one long 'implemented; however' variant verbatim (item 13)", () => {
    const long = parsed.items.filter((it) => it.response.statusSentence.startsWith("Recommendation is implemented;"));
    expect(long.map((it) => it.label)).toEqual(["13"]);
    expect(long[0]?.response).toMatchObject({
      status: "IMPLEMENTED",
      statusSentence:
        "Recommendation is implemented; however the CEC will continue the work on the issues of the above mentioned official instructions.",
    });
  });
});

describe("spot checks", () => {
  it("reads specific items as printed", () => {
    expect(byLabel("1").response.status).toBe("AT_STAGE_OF_IMPLEMENTATION");
    expect(byLabel("2(a)")).toMatchObject({ text: "revising the way the CEC is appointed,", number: 2, letter: "a" });
    expect(byLabel("2(a)").response.status).toBe("CANNOT_BE_ACCEPTED");
    expect(byLabel("2(d)").text).toBe("allowing political parties to nominate nonvoting members to the CEC,");
    expect(byLabel("4(a)")).toMatchObject({ leadIn: null, sourceLine: 1107 });
    expect(byLabel("4(a)").text).toMatch(/^In order to further the development of a pluralistic multi-party system/);
    expect(byLabel("6(a)").response.status).toBe("ACCEPTED_IN_PART");
    // Printed without its first word ("It") in the source; kept verbatim.
    expect(byLabel("16(a)").text).toMatch(/^should be ensured that the CEC and lower-level commissions/);
    expect(byLabel("21").response.text).toMatch(
      /The reasons for changing voting hours are transparent and explainable\./,
    );
  });
});

describe("committed data", () => {
  it("prisma/seed-data/kz-2011-recommendations.json is exactly the parser's output", () => {
    const committed = readFileSync(JSON_URL, "utf8");
    expect(JSON.parse(committed)).toEqual(parsed);
    expect(committed).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});

describe("strictness", () => {
  it("rejects a source whose structure it cannot account for", () => {
    expect(() =>
      parseCecComments2011(source.replace("Recommendation is accepted in part.", "Recommendation is noted.")),
    ).toThrow();
    expect(() =>
      parseCecComments2011(source.replace("\n9. Amending the Election Law", "\n10. Amending the Election Law")),
    ).toThrow(/Out-of-sequence/);
    expect(() => parseCecComments2011(source.replace("\nRecommendations\n", "\n"))).toThrow();
  });
});
