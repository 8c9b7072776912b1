/**
 * Parser for the CEC of Kazakhstan's "Comments" on the ODIHR final report on
 * the 3 April 2011 early presidential election (seed source 001_…txt).
 *
 * Only the "Recommendations" part is parsed. Each answerable item is an ODIHR
 * recommendation (or one lettered part of it), followed by "The CEC
 * standpoint." + the CEC's answer + one status sentence from a closed
 * vocabulary. The parser is pure and deterministic, and deliberately strict:
 * any line it cannot place throws, so a change in the source cannot silently
 * produce wrong seed data.
 */
import { isPageNumberLine, joinLines, normalizeForCompare } from "./normalize";

export type CecStatus =
  "IMPLEMENTED" | "AT_STAGE_OF_IMPLEMENTATION" | "ACCEPTED_IN_PART" | "REQUIRES_FURTHER_STUDY" | "CANNOT_BE_ACCEPTED";

export type SectionKey = "A" | "B";

export interface ParsedSection {
  key: SectionKey;
  /** Always with a LATIN letter ("A. Priority recommendations"); the source prints a Cyrillic "А". */
  title: string;
  priority: boolean;
  leadIn: string | null;
}

export interface ParsedTopic {
  key: string;
  title: string;
  section: SectionKey;
  order: number;
}

export interface ParsedResponse {
  /** CEC standpoint body without the "The CEC standpoint." prefix and the status sentence; paragraphs joined by "\n\n". */
  text: string;
  statusSentence: string;
  status: CecStatus;
}

export interface ParsedItem {
  label: string;
  number: number;
  letter: string | null;
  order: number;
  section: SectionKey;
  topic: string | null;
  leadIn: string | null;
  text: string;
  response: ParsedResponse;
  sourceLine: number;
}

export interface Parsed2011 {
  sections: ParsedSection[];
  topics: ParsedTopic[];
  items: ParsedItem[];
}

/** A trimmed source line with its 1-based line number in the source file. */
interface SrcLine {
  n: number;
  text: string;
}

const STANDPOINT = "The CEC standpoint.";
/** Closed status vocabulary. Only "implemented" has a longer variant ("…; however the CEC will continue …"). */
const STATUS_VOCABULARY: ReadonlyArray<readonly [RegExp, CecStatus]> = [
  [/^Recommendation is implemented(\.|; .+\.)$/, "IMPLEMENTED"],
  [/^Recommendation is at the stage of implementation\.$/, "AT_STAGE_OF_IMPLEMENTATION"],
  [/^Recommendation is accepted in part\.$/, "ACCEPTED_IN_PART"],
  [/^Recommendation requires further study\.$/, "REQUIRES_FURTHER_STUDY"],
  [/^This recommendation cannot be accepted\.$/, "CANNOT_BE_ACCEPTED"],
];
const STATUS_START = /^(Recommendation (is|requires)|This recommendation cannot)\b/;
/** "1. …", "4 (a). …", "6(b). …", "16 (b) …" (the source is inconsistent about spaces and the dot). "7.5 of" does not match. */
const NUMBERED = /^(\d{1,2})\s*(?:\(([a-z])\)\s*\.?|\.)\s+(\S.*)$/;
/** "(a) revising …": a lettered part under a shared lead-in. */
const LETTERED = /^\(([a-z])\)\s+(\S.*)$/;
/** "А. Priority recommendations" (Cyrillic А in the source) / "B. Other recommendations". */
const SECTION_HEADING = /^([AАB])\.\s+(\S.* recommendations)$/;
/** Topic headings of section B are short sentence-case phrases without punctuation ("Legal framework"). */
const TOPIC_HEADING = /^[A-Z][a-z]+(?: [a-z]+){0,4}$/;
/** The recommendations part ends with a note ("Примечание:" = "Note:") on who assisted the CEC. */
const END_MARKER = /^Примечание:/;
/**
 * Paragraph breaks are not marked in the extracted text, which keeps the PDF's
 * physical lines. A paragraph ended on a line if the line ends a sentence and
 * the next line's first word would still have fitted on it (the typesetter
 * broke the line early). Widths are in characters of a proportional font, so
 * they are calibrated on this source: lines that provably continue (next line
 * starts in lower case) never had room for their next word below ~97 chars;
 * indented paragraph-first lines (standpoint lines also start with a bold
 * "The CEC standpoint.") failed to fit from ~83 chars. Anything above these
 * limits is ambiguous and is joined rather than split.
 */
const FULL_LINE_WIDTH = 96;
const FIRST_LINE_WIDTH = 82;
function statusOf(sentence: string): CecStatus {
  const hit = STATUS_VOCABULARY.find(([re]) => re.test(sentence));
  if (!hit) throw new Error(`Unknown CEC status sentence: "${sentence}"`);
  return hit[1];
}

/** A capture group that the regex guarantees (noUncheckedIndexedAccess types it as optional). */
function group(m: RegExpExecArray, k: number): string {
  const v = m[k];
  if (v === undefined) throw new Error(`Missing capture group ${k} in "${m[0]}"`);
  return v;
}

function endsParagraph(line: string, next: string, isFirstLine: boolean): boolean {
  if (!/[.:!?][”’")]?$/.test(line) || !/^[“"\p{Lu}]/u.test(next)) return false;
  const firstWord = next.split(/\s+/)[0] ?? "";
  return line.length + 1 + firstWord.length <= (isFirstLine ? FIRST_LINE_WIDTH : FULL_LINE_WIDTH);
}

/** Splits a CEC answer (physical lines) into paragraphs and joins each one. */
function paragraphs(lines: readonly SrcLine[]): string {
  const groups: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(i === 0 ? line.text.slice(STANDPOINT.length) : line.text);
    const next = lines[i + 1];
    if (!next || endsParagraph(line.text, next.text, current.length === 1)) {
      groups.push(current);
      current = [];
    }
  });
  return groups.map((g) => joinLines(g)).join("\n\n");
}

function kebab(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Lines of the recommendations part, without blank lines and page numbers. */
function recommendationLines(raw: string): SrcLine[] {
  const all = raw.replace(/\r\n?/g, "\n").split("\n");
  const starts = all.flatMap((l, i) => (l.trim() === "Recommendations" ? [i] : []));
  const start = starts[0];
  if (start === undefined || starts.length !== 1)
    throw new Error(`Expected one "Recommendations" line, found ${starts.length}`);
  const end = all.findIndex((l, i) => i > start && END_MARKER.test(l.trim()));
  return all
    .map((text, i) => ({ n: i + 1, text: text.trim() }))
    .slice(start + 1, end < 0 ? all.length : end)
    .filter(({ n, text }) => text !== "" && !isPageNumberLine(all, n - 1));
}

export function parseCecComments2011(raw: string): Parsed2011 {
  const lines = recommendationLines(raw);
  const result: Parsed2011 = { sections: [], topics: [], items: [] };
  let i = 0;
  let section: SectionKey | null = null;
  let topic: string | null = null;
  let last: { number: number; letter: string | null } = { number: 0, letter: null };

  const fail = (why: string): never => {
    const at = lines[Math.min(i, lines.length - 1)];
    throw new Error(`${why} at source line ${at?.n ?? "?"}: "${at?.text ?? ""}"`);
  };
  const peek = (): SrcLine | undefined => lines[i];
  const take = (): SrcLine => lines[i++] ?? fail("Unexpected end of the recommendations part");
  /** Collects lines from i while `more` holds for the line at i. */
  const takeWhile = (more: (text: string) => boolean): SrcLine[] => {
    const taken: SrcLine[] = [];
    for (let l = peek(); l && more(l.text); l = peek()) taken.push(take());
    return taken;
  };
  const texts = (ls: readonly SrcLine[]): string[] => ls.map((l) => l.text);

  /** Reads "The CEC standpoint. …" up to and including the status sentence. */
  const readResponse = (): ParsedResponse => {
    if (!peek()?.text.startsWith(STANDPOINT)) fail(`Expected "${STANDPOINT}"`);
    const body = takeWhile((t) => !STATUS_START.test(t));
    // A status sentence may wrap (the "implemented; however …" variant does): read until it ends with a full stop.
    const status: SrcLine[] = [take()];
    while (!joinLines(texts(status)).endsWith(".")) status.push(take());
    const statusSentence = joinLines(texts(status));
    const text = paragraphs(body);
    if (normalizeForCompare(text) === "") fail("Empty CEC standpoint");
    return { text, statusSentence, status: statusOf(statusSentence) };
  };

  /** Text lines of an item run up to its "The CEC standpoint." line. */
  const itemText = (firstLine: string): string[] => [firstLine, ...texts(takeWhile((t) => !t.startsWith(STANDPOINT)))];

  const addItem = (
    number: number,
    letter: string | null,
    leadIn: string | null,
    first: SrcLine,
    textLines: string[],
  ): void => {
    const expected =
      number === last.number + 1
        ? letter === null || letter === "a"
        : number === last.number &&
          letter !== null &&
          last.letter !== null &&
          letter.charCodeAt(0) === last.letter.charCodeAt(0) + 1;
    if (!expected) fail(`Out-of-sequence item ${number}${letter ? `(${letter})` : ""}`);
    const itemSection = section ?? fail("Item before any section heading");
    result.items.push({
      label: letter ? `${number}(${letter})` : String(number),
      number,
      letter,
      order: result.items.length + 1,
      section: itemSection,
      topic,
      leadIn,
      text: joinLines(textLines),
      response: readResponse(),
      sourceLine: first.n,
    });
    last = { number, letter };
  };

  for (let line = peek(); line; line = peek()) {
    const heading = SECTION_HEADING.exec(line.text);
    const numbered = NUMBERED.exec(line.text);
    if (heading) {
      take();
      // Normalise the Cyrillic "А" of the source to a Latin key/title.
      const key: SectionKey = group(heading, 1) === "B" ? "B" : "A";
      const leadIn = texts(takeWhile((t) => !NUMBERED.test(t) && !TOPIC_HEADING.test(t)));
      result.sections.push({
        key,
        title: `${key}. ${group(heading, 2)}`,
        priority: /^priority\b/i.test(group(heading, 2)),
        leadIn: leadIn.length ? joinLines(leadIn) : null,
      });
      section = key;
      topic = null;
    } else if (numbered) {
      take();
      const number = Number(group(numbered, 1));
      const letter = numbered[2] ?? null;
      if (letter !== null) {
        // "4 (a). In order to …": the lettered part is printed with its number, without a shared lead-in.
        addItem(number, letter, null, line, itemText(group(numbered, 3)));
        continue;
      }
      // Either the item text (up to "The CEC standpoint.") or a shared lead-in (up to "(a)").
      const header = [group(numbered, 3), ...texts(takeWhile((t) => !t.startsWith(STANDPOINT) && !LETTERED.test(t)))];
      if (!LETTERED.test(peek()?.text ?? "")) {
        addItem(number, null, null, line, header);
        continue;
      }
      // "2. Guaranteeing … consideration could be given to" + "(a) …", "(b) …": shared lead-in.
      const leadIn = joinLines(header);
      for (let part = LETTERED.exec(peek()?.text ?? ""); part; part = LETTERED.exec(peek()?.text ?? "")) {
        const first = take();
        addItem(number, group(part, 1), leadIn, first, itemText(group(part, 2)));
      }
    } else if (section === "B" && TOPIC_HEADING.test(line.text)) {
      take();
      topic = kebab(line.text);
      result.topics.push({ key: topic, title: line.text, section, order: result.topics.length + 1 });
    } else if (section === null) {
      take(); // preamble between "Recommendations" and the first section heading
    } else {
      fail("Unexpected line");
    }
  }
  if (result.items.length === 0) throw new Error("No recommendations found");
  return result;
}
