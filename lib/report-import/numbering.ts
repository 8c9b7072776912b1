// How items, lettered parts and section headings are printed, and which numbering comes next.

/** Cyrillic and Greek letters that look like Latin ones (our 2011 source prints its "A." in Cyrillic). */
const LOOK_ALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  І: "I",
  Ј: "J",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Ѕ: "S",
  Т: "T",
  Х: "X",
  У: "Y",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  а: "a",
  в: "b",
  с: "c",
  е: "e",
  о: "o",
  р: "p",
  х: "x",
  у: "y",
  і: "i",
  ο: "o",
};
const LOOK_ALIKE_CLASS = Object.keys(LOOK_ALIKES).join("");

export const toLatin = (letter: string) => LOOK_ALIKES[letter] ?? letter;

/**
 * "1. …", "1) …", "4(a). …", "4 (a). …", "16 (b) …", "1.The …" (extraction lost the space before a
 * capital), or the label alone on its line ("1." then the text).
 * "7.5 of" and "2011 and" are not items.
 */
const NUMBERED = new RegExp(
  `^(\\d{1,3})\\s*(?:\\(([a-z${LOOK_ALIKE_CLASS}])\\)\\s*[.)]?|[.)])(?:\\s+|(?=\\p{Lu})|$)(.*)$`,
  "u",
);
/** "(b) …" or "b) …": a lettered part. */
const LETTERED = new RegExp(`^(?:\\(([a-z${LOOK_ALIKE_CLASS}])\\)|([a-z${LOOK_ALIKE_CLASS}])\\))\\s*(\\S.*)$`, "u");
/** "A. Priority recommendations", "B) Other recommendations", "А. …" with a Cyrillic А. */
const SECTION = new RegExp(`^([A-Z${LOOK_ALIKE_CLASS}])\\s*[.)]\\s+(\\p{Lu}.*)$`, "u");

export interface NumberedStart {
  number: number;
  letter: string | null;
  rest: string;
}

export function numberedStart(line: string): NumberedStart | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  return { number: Number(m[1]), letter: m[2] ? toLatin(m[2]) : null, rest: m[3] ?? "" };
}

export function letteredStart(line: string): { letter: string; rest: string } | null {
  const m = LETTERED.exec(line);
  const letter = m?.[1] ?? m?.[2];
  if (!m || !letter) return null;
  const latin = toLatin(letter);
  return /^[a-z]$/.test(latin) ? { letter: latin, rest: m[3] ?? "" } : null;
}

/** A short title-like line: capitalised, at most 12 words, not ending like a sentence or a clause. */
export function titleLike(text: string, maxWords = 12): boolean {
  return (
    /^[\p{Lu}“"]/u.test(text) &&
    text.length <= 100 &&
    text.split(" ").length <= maxWords &&
    !/[.,;:!?]$/.test(text) &&
    !/^\(?\d/.test(text)
  );
}

/** "A. Priority recommendations" → { letter: "A", title: "A. Priority recommendations" } (letter in Latin). */
export function sectionHeading(line: string): { letter: string; title: string } | null {
  const m = SECTION.exec(line);
  if (!m || !m[1] || !m[2] || !titleLike(m[2])) return null;
  const letter = toLatin(m[1]);
  return /^[A-Z]$/.test(letter) ? { letter, title: `${letter}. ${m[2]}` } : null;
}

export const nextLetter = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);

export const labelOf = (number: number, letter: string | null) => (letter ? `${number}(${letter})` : String(number));
