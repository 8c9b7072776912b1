/**
 * Text normalisation for seed sources that were extracted from PDFs.
 *
 * The extracted text keeps the PDF's physical lines, so a sentence is wrapped
 * over several lines, words may be split by a line-break hyphen, and page
 * numbers survive as lone lines between the last line of one page and the
 * first line of the next. Everything here is pure so the parser and the tests
 * apply exactly the same rules (a parsed text must be a substring of the
 * normalised document).
 */

/** A line holding nothing but a short number, e.g. "26". */
const BARE_NUMBER = /^\s*\d{1,3}\s*$/;

/**
 * Word stems that form real compounds with a hyphen ("non-voting",
 * "well-known"). When such a stem ends a line with a hyphen, the hyphen is
 * part of the word and must be kept; for any other lower-case word the hyphen
 * is the typesetter's line-break hyphen ("elec-" + "tion") and is dropped.
 */
const COMPOUND_STEMS = new Set([
  "all",
  "anti",
  "co",
  "cross",
  "ex",
  "first",
  "full",
  "half",
  "hard",
  "high",
  "law",
  "long",
  "low",
  "multi",
  "non",
  "one",
  "post",
  "pre",
  "self",
  "short",
  "so",
  "sub",
  "three",
  "two",
  "well",
  "wide",
]);

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/**
 * Whether lines[i] is a page number left by PDF extraction.
 *
 * A bare number is only a page number when it stands alone: the source also
 * contains a table whose "No." column was extracted as consecutive lines
 * "1", "2", … "9", and those must not be mistaken for page numbers. So a bare
 * number whose nearest non-blank neighbour (before or after) is also a bare
 * number is treated as table content, not as a page number.
 */
export function isPageNumberLine(lines: readonly string[], i: number): boolean {
  if (!BARE_NUMBER.test(lines[i] ?? "")) return false;
  const neighbour = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const line = lines[j];
      if (line !== undefined && !isBlank(line)) return line;
    }
    return undefined;
  };
  const prev = neighbour(-1);
  const next = neighbour(1);
  return !(prev !== undefined && BARE_NUMBER.test(prev)) && !(next !== undefined && BARE_NUMBER.test(next));
}

type LineBreak = "space" | "keep-hyphen" | "drop-hyphen";

/**
 * How two physical lines of one paragraph are joined (both already trimmed):
 *
 * - "elec-" + "tion"      -> "election"     (line-break hyphen, dropped)
 * - "non-" + "voting"     -> "non-voting"   (real compound, kept)
 * - "20-" + "1" / "Anti-" + "Corruption" -> hyphen kept, no space (a
 *   line-break hyphen is never followed by a digit or capital letter)
 * - "States” -" + "(Warsaw" -> spaced dash, ordinary space join
 */
function lineBreak(a: string, b: string): LineBreak {
  const hyphenated = /(\p{L}+|\d+)-$/u.exec(a);
  if (!hyphenated) return "space";
  const stem = hyphenated[1] ?? "";
  const wordBreak = /^\p{Ll}/u.test(b) && /^\p{L}/u.test(stem) && !COMPOUND_STEMS.has(stem.toLowerCase());
  return wordBreak ? "drop-hyphen" : "keep-hyphen";
}

/** Joins two physical lines that belong to the same paragraph (see lineBreak). */
export function joinTwoLines(left: string, right: string): string {
  return joinLines([left, right]);
}

/**
 * Joins wrapped physical lines into one paragraph with single spaces.
 * Works line by line (never re-scanning the accumulated text) so the whole
 * document can be normalised in linear time.
 */
export function joinLines(lines: readonly string[]): string {
  const kept = lines.map((l) => l.trim()).filter((l) => l !== "");
  const parts: string[] = [];
  let prev: string | undefined;
  for (const line of kept) {
    const kind = prev === undefined ? "first" : lineBreak(prev, line);
    // Only the previous line's trailing hyphen is ever removed.
    if (kind === "drop-hyphen") parts.push(parts.pop()?.slice(0, -1) ?? "");
    if (kind === "space") parts.push(" ");
    parts.push(line);
    prev = line;
  }
  return normalizeForCompare(parts.join(""));
}

/** Collapses every whitespace run (including "\n\n" paragraph breaks) to one space and trims. */
export function normalizeForCompare(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Whole-document normalisation: drops lone page-number lines, re-joins words
 * split by line-break hyphens and collapses all whitespace to single spaces.
 * Any text the parser extracts (item, lead-in, response, status sentence)
 * must appear verbatim in this string after normalizeForCompare().
 */
export function normalizeSourceText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const kept = lines.filter((line, i) => !isBlank(line) && !isPageNumberLine(lines, i));
  return joinLines(kept);
}
