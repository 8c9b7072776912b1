import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { isPageNumberLine, joinLines, joinTwoLines, normalizeForCompare, normalizeSourceText } from "./normalize";

const SOURCE_URL = new URL("../../prisma/seed-data/sources/001_00b9d59d0ed12259.txt", import.meta.url);

describe("joinTwoLines", () => {
  it("drops a line-break hyphen inside a word", () => {
    expect(joinTwoLines("the elec-", "tion day")).toBe("the election day");
    expect(joinTwoLines("commis-  ", "  sions")).toBe("commissions");
  });

  it("keeps the hyphen of real compounds split at the line end", () => {
    expect(joinTwoLines("nominate non-", "voting members")).toBe("nominate non-voting members");
    expect(joinTwoLines("a well-", "known fact")).toBe("a well-known fact");
    expect(joinTwoLines("the first Self-", "declared")).toBe("the first Self-declared");
  });

  it("keeps the hyphen before a digit or a capital letter", () => {
    expect(joinTwoLines("articles 20-", "1 and 20-2")).toBe("articles 20-1 and 20-2");
    expect(joinTwoLines("the Anti-", "Corruption Agency")).toBe("the Anti-Corruption Agency");
  });

  it("treats a spaced dash as punctuation and joins with a space", () => {
    expect(joinTwoLines("Participating States” -", "(Warsaw, 2003)")).toBe("Participating States” - (Warsaw, 2003)");
    expect(joinTwoLines("the USA) –", "See:")).toBe("the USA) – See:");
  });

  it("joins ordinary lines with a single space", () => {
    expect(joinTwoLines("to lift excessive   ", "  restrictions")).toBe("to lift excessive restrictions");
  });
});

describe("joinLines / normalizeForCompare", () => {
  it("joins wrapped lines, skips blank lines and collapses whitespace", () => {
    expect(joinLines([" 1. Amending the\tlegal", "", "frame-", "work  for elections "])).toBe(
      "1. Amending the legal framework for elections",
    );
  });

  it("collapses paragraph breaks and trims", () => {
    expect(normalizeForCompare("  first.\n\nsecond \t third\n")).toBe("first. second third");
  });
});

describe("isPageNumberLine", () => {
  it("recognises a lone number between text lines as a page number", () => {
    const lines = ["where election", "", "26", "commissions can be located"];
    expect(isPageNumberLine(lines, 2)).toBe(true);
    expect(isPageNumberLine(lines, 0)).toBe(false);
  });

  it("does not treat a column of table row numbers as page numbers", () => {
    const lines = ["No.", "", "1", "2", "3", "", "Name of political party"];
    expect([2, 3, 4].map((i) => isPageNumberLine(lines, i))).toEqual([false, false, false]);
  });

  it("finds exactly the page numbers of the real source", () => {
    const lines = readFileSync(SOURCE_URL, "utf8").split("\n");
    const found = lines.flatMap((_, i) => (isPageNumberLine(lines, i) ? [`${i + 1}:${lines[i]}`] : []));
    // Lines 494-502 ("1".."9") are the "No." column of a table and must not be listed.
    expect(found).toEqual(["330:9", "1197:26", "1290:28"]);
  });
});

describe("normalizeSourceText", () => {
  it("removes page-number lines, re-joins hyphenated words and collapses whitespace", () => {
    const raw =
      "In its turn, the CEC is ready to discuss\r\nthe recom-\nmendations about premises where election\n\n26\ncommissions can   be located.\n";
    expect(normalizeSourceText(raw)).toBe(
      "In its turn, the CEC is ready to discuss the recommendations about premises where election commissions can be located.",
    );
  });

  it("keeps numbers that are part of the text", () => {
    expect(normalizeSourceText("in clause 1 of article\n19 guarantees\n")).toBe("in clause 1 of article 19 guarantees");
  });

  it("removes the page numbers 26 and 28 of the real source from the running text", () => {
    const text = normalizeSourceText(readFileSync(SOURCE_URL, "utf8"));
    expect(text).toContain("about premises where election commissions can be located, the Code of Conduct");
    expect(text).toContain("political party representatives; official instructions for voting procedures");
    expect(text).not.toMatch(/election 26 commissions|representatives; 28 official/);
    expect(text).not.toMatch(/\s{2}|\n/);
  });
});
