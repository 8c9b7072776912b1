// From extracted text to the lines a person reads: odd characters made plain, page furniture (running headers
// and footers, page numbers) and footnote markers removed. Pure; the parser works on the result.

/** One kept line, trimmed, single-spaced, with its 1-based line number in the input. */
export interface CleanLine {
  text: string;
  n: number;
  /** A blank line (or a page break) came before it: a sure paragraph break. */
  blankBefore: boolean;
  /** The printed width when `text` is only part of the line (an item's text after its number). */
  width?: number;
}

/** Page-number lines: "12", "Page 12", "Page 12 of 30", "- 12 -", "– 12 –", "12 / 30", "p. 12". */
const PAGE_NUMBER =
  /^(?:(?:page|p\.|стр\.?|страница)\s*\d{1,3}(?:\s*(?:of|из|\/)\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})$/iu;
const DASHED_PAGE_NUMBER = /^[-–—]\s*\d{1,3}\s*[-–—]$/;
const BARE_NUMBER = /^\d{1,3}$/;

const SUPERSCRIPT_DIGITS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;

/** PDF text often keeps the typesetter's ligatures ("ﬁ" for "fi"). */
const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

/**
 * Unicode spaces become a plain space; invisible characters go. A soft hyphen is kept only at a line end,
 * where it marks a word broken by the typesetter (joined without its hyphen, see paragraphs.ts).
 */
export function plainCharacters(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u00AD[ ]*(?=\n|$)/g, "\u00AD")
    .replace(/\u00AD(?!\n|$)/g, "");
}

const SUPERSCRIPT_VALUES: Record<string, string> = {
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2070": "0",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};
const superscriptNumber = (s: string) => Number([...s].map((c) => SUPERSCRIPT_VALUES[c] ?? "").join(""));

/**
 * Footnote markers: superscript digits, "[3]", and 1–3 digits glued to the end of a word or sentence
 * ("commissions.12 ", "commissions12 "). A number is only taken for a marker when it is glued to letters or
 * to punctuation that follows a letter, so "7.5", "20-1", "E/CN.4/1984" and "No. 12/26" stay as they are.
 * Returns the numbers removed, so that the footnotes' own text can be found at the foot of the page.
 */
export function dropFootnoteMarkers(line: string): { text: string; markers: number[] } {
  const markers: number[] = [];
  const text = line
    .replace(SUPERSCRIPT_DIGITS, (m) => (markers.push(superscriptNumber(m)), ""))
    .replace(/\s?\[(\d{1,3})\](?=[\s.,;:)]|$)/g, (_, d: string) => (markers.push(Number(d)), ""))
    .replace(/(\p{Ll}{2}[.,;:!?]?["”’)]?)(\d{1,3})(?=[\s.,;:)]|$)/gu, (_, w: string, d: string) => {
      markers.push(Number(d));
      return w;
    });
  return { text, markers };
}

/** A footnote's own text: "12 Ibid., paragraph 24." or "¹² See …". */
const FOOTNOTE_TEXT = /^(?:(\d{1,3})\s+|([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)\s*)[\p{Lu}“"]/u;

/** A line whose digits are masked, so "Page 3 of 9" and "Page 4 of 9" count as the same running line. */
const furnitureKey = (line: string) => line.replace(/\d+/g, "#").trim();

const isPageNumber = (line: string) => PAGE_NUMBER.test(line) || DASHED_PAGE_NUMBER.test(line);

/** Lines near the top or bottom of most pages that repeat (digits masked): running headers and footers. */
function pageFurniture(pages: string[][]): Set<string> {
  const edge = 3;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const nonBlank = page.filter((l) => l !== "");
    const edges = new Set([...nonBlank.slice(0, edge), ...nonBlank.slice(-edge)].map(furnitureKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  return new Set([...counts].filter(([key, c]) => c >= needed && key !== "").map(([key]) => key));
}

/**
 * In text without page breaks ("\f"), a running header or footer is a line (digits masked) that recurs at
 * least three times, at least ten lines apart, and does not end like a sentence (so repeated status
 * sentences such as "Recommendation is implemented." are never taken for furniture).
 */
function repeatedFurniture(lines: string[]): Set<string> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l === "" || /[.:;,!?]$/.test(l) || /^\(?\d/.test(l) || l.length > 120) return;
    const key = furnitureKey(l);
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  });
  const found = new Set<string>();
  for (const [key, at] of seen) {
    if (at.length < 3) continue;
    if (at.every((i, k) => k === 0 || i - (at[k - 1] ?? 0) >= 10)) found.add(key);
  }
  return found;
}

/** Whether a bare number stands alone (a table column of bare numbers "1", "2", "3" is content). */
function loneNumber(lines: string[], i: number): boolean {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j] !== "") return lines[j];
    return undefined;
  };
  const [prev, next] = [near(-1), near(1)];
  return !(prev !== undefined && BARE_NUMBER.test(prev)) && !(next !== undefined && BARE_NUMBER.test(next));
}

type Entry = { kind: "blank" } | { kind: "removed" } | { kind: "text"; text: string };

/**
 * One page's lines classified. On a page (text with "\f"), the footnotes' own text is dropped too: from the
 * first line below a marker that starts with that marker's number ("3 See paragraph 7.5 …") to the page's end.
 */
function pageEntries(page: string[], paged: boolean, furniture: Set<string>): Entry[] {
  const nonBlankIdx = page.flatMap((l, i) => (l === "" ? [] : [i]));
  const edges = new Set([...nonBlankIdx.slice(0, 3), ...nonBlankIdx.slice(-3)]);
  const markerAt = new Map<number, number>();
  const entries: Entry[] = page.map((line, i) => {
    if (line === "") return { kind: "blank" };
    const furnitureLine = (!paged || edges.has(i)) && furniture.has(furnitureKey(line));
    const pageNumber = BARE_NUMBER.test(line) ? (paged ? edges.has(i) : loneNumber(page, i)) : isPageNumber(line);
    if (furnitureLine || pageNumber) return { kind: "removed" };
    const { text, markers } = dropFootnoteMarkers(line);
    for (const m of markers) if (!markerAt.has(m)) markerAt.set(m, i);
    const clean = text.replace(/ {2,}/g, " ").trim();
    return clean === "" ? { kind: "removed" } : { kind: "text", text: clean };
  });
  if (!paged) return entries;
  const footnotes = page.findIndex((line, i) => {
    const m = FOOTNOTE_TEXT.exec(line);
    const number = m ? (m[1] ? Number(m[1]) : superscriptNumber(m[2] ?? "")) : NaN;
    return m !== null && (markerAt.get(number) ?? Infinity) < i;
  });
  if (footnotes < 0) return entries;
  return entries.map((e, i) => (i >= footnotes && e.kind === "text" ? { kind: "removed" } : e));
}

export function cleanLines(raw: string): CleanLine[] {
  const pages = plainCharacters(raw)
    .split("\f")
    .map((p) => p.split("\n").map((l) => l.replace(/ {2,}/g, " ").trim()));
  const paged = pages.length > 1;
  const furniture = paged ? pageFurniture(pages) : repeatedFurniture(pages.flat());
  const out: CleanLine[] = [];
  let n = 0;
  // Blank lines around removed furniture are layout, not paragraph breaks (a sentence often runs on to the
  // next page), so a blank only counts when no removed line is next to it.
  let blank = false;
  let justRemoved = false;
  pages.forEach((page, p) => {
    if (p > 0) n -= 1; // "\f" sits inside a line: the next page starts on the same input line
    for (const entry of pageEntries(page, paged, furniture)) {
      n += 1;
      if (entry.kind === "blank") {
        if (!justRemoved) blank = true;
      } else if (entry.kind === "removed") {
        [blank, justRemoved] = [false, true];
      } else {
        out.push({ text: entry.text, n, blankBefore: blank || out.length === 0 });
        [blank, justRemoved] = [false, false];
      }
    }
  });
  return out;
}
