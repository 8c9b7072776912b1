// Physical lines back into paragraphs: hard wraps joined with one space, line-break hyphens dropped, and
// paragraph ends told apart from wraps by how full a line is.
import type { CleanLine } from "./clean-text";

/**
 * Stems that form real compounds with a hyphen ("well-known", "non-voting"), used when the document itself
 * does not show the word either way.
 */
const COMPOUND_STEMS = new Set(
  (
    "all anti co counter cross ex first full half hard high law long low multi non one post pre " +
    "self short so sub three two well wide"
  ).split(" "),
);

/** What the document knows about itself: its words, and the width of a full line. */
export interface Layout {
  /** Lower-cased words as printed inside lines, hyphenated compounds included. */
  words: Set<string>;
  /**
   * The narrowest width (a line's length plus the next word) that did not fit on a line, or null when the text
   * shows too few wraps to tell (one line per paragraph, or a short paste).
   */
  fullWidth: number | null;
}

const firstWord = (line: string) => line.split(" ")[0] ?? "";

export function layoutOf(lines: readonly CleanLine[]): Layout {
  const words = new Set<string>();
  for (const { text } of lines) {
    // The last word of a line may be cut by a hyphen: only whole words inside the line count.
    for (const w of text.split(" ").slice(0, -1)) words.add(w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  }
  // A line followed by one starting in lower case provably continued: its next word did not fit on it.
  const needed: number[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && !next.blankBefore && /^\p{Ll}/u.test(next.text)) {
      needed.push((line.width ?? line.text.length) + 1 + firstWord(next.text).length);
    }
  });
  if (needed.length < 3) return { words, fullWidth: null };
  needed.sort((a, b) => a - b);
  // The narrowest few are usually lines shortened by a long unbreakable word: take the 10th percentile.
  return { words, fullWidth: needed[Math.floor(needed.length * 0.1)] ?? null };
}

/**
 * How a line ending in a hyphen joins the next: "amend-" + "ment" → "amendment" (a line-break hyphen), but
 * "well-" + "known" → "well-known". The document decides first: if it prints "well-known" inside a line the
 * hyphen stays, if it prints "amendment" it goes. Otherwise a hyphen stays after a known compound stem, before
 * a capital or a digit ("Anti-" + "Corruption", "20-" + "1"), and goes before any other lower-case letter.
 * A soft hyphen (U+00AD) at the line end always goes: the typesetter put it there.
 */
export function joinPair(left: string, right: string, layout: Layout): string {
  if (left.endsWith("\u00AD")) return `${left.slice(0, -1)}${right}`;
  const hyphen = /(\p{L}+|\d+)-$/u.exec(left);
  if (!hyphen || /[\s-]-$/.test(left)) return `${left} ${right}`;
  const stem = (hyphen[1] ?? "").toLowerCase();
  const rest = firstWord(right)
    .toLowerCase()
    .replace(/[^\p{L}-]+$/u, "");
  const whole = /^[\p{L}]/u.test(stem) && /^\p{Ll}/u.test(right);
  let drop: boolean;
  if (!whole) drop = false;
  else if (layout.words.has(`${stem}-${rest}`)) drop = false;
  else if (layout.words.has(`${stem}${rest}`)) drop = true;
  else drop = !COMPOUND_STEMS.has(stem);
  return drop ? `${left.slice(0, -1)}${right}` : `${left}${right}`;
}

export function joinLines(lines: readonly string[], layout: Layout): string {
  let out = "";
  for (const line of lines) out = out === "" ? line : joinPair(out, line, layout);
  return out
    .replace(/\u00AD/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a paragraph ends after `line`: a blank line, or a sentence end on a line with room to spare. */
function endsParagraph(line: CleanLine, next: CleanLine, firstOfParagraph: boolean, layout: Layout): boolean {
  if (next.blankBefore) return true;
  if (!/[.:!?;]["”’)]?$/.test(line.text) || !/^[“"«(\p{Lu}\d]/u.test(next.text)) return false;
  // Not hard-wrapped (one line per paragraph): a sentence end before a capital ends the paragraph.
  if (layout.fullWidth === null) return true;
  // A paragraph's first line is often indented, so it is full a little earlier.
  const width = firstOfParagraph ? Math.floor(layout.fullWidth * 0.85) : layout.fullWidth;
  return (line.width ?? line.text.length) + 1 + firstWord(next.text).length < width;
}

/** Lines of one item (or one answer) as paragraphs joined by "\n\n". */
export function paragraphText(lines: readonly CleanLine[], layout: Layout): string {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line.text);
    const next = lines[i + 1];
    if (!next || endsParagraph(line, next, current.length === 1, layout)) {
      paragraphs.push(current);
      current = [];
    }
  });
  return paragraphs
    .map((p) => joinLines(p, layout))
    .filter((p) => p !== "")
    .join("\n\n");
}
