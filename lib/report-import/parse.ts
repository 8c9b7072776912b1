// The report-text parser: from extracted text (PDF, DOCX, pasted) to the items of a recommendations section,
// with their section, topic, shared lead-in and any government answer. Pure: no database, no I/O.
import { answerStart, splitAnswer } from "./answers";
import { cleanLines, type CleanLine } from "./clean-text";
import { labelOf, letteredStart, nextLetter, numberedStart, sectionHeading, titleLike } from "./numbering";
import { layoutOf, paragraphText, type Layout } from "./paragraphs";
import type { ParsedItem, ParsedReport, ParsedResponse } from "./parsed";

/** "Recommendations", "XVI. RECOMMENDATIONS", "7. Recommendations": the part starts after the last such line. */
const PART_HEADING = /^(?:[IVXLC]+\.?\s+|\d{1,2}\.?\s+)?recommendations$/i;
/** What follows the recommendations part: an annex, "About the OSCE/ODIHR", the 2011 source's closing note. */
const PART_END = /^(?:ANNEX\b|Annex(?:\s+[IVX\d]+)?\s*[:.]|APPENDIX\b|ABOUT THE OSCE|About the OSCE|Примечание:)/;

const UNLETTERED_SECTION = /^(?:priority|other|key|further|additional|general|specific) recommendations$/i;

interface Block {
  number: number;
  letter: string | null;
  leadIn: string | null;
  first: CleanLine;
  textLines: CleanLine[];
  /** null until "The CEC standpoint." (or a similar marker) opens the answer. */
  answerLines: CleanLine[] | null;
}

/**
 * A line ending a sentence or clause; for lettered parts also a comma or "; and" / ", or" ("(b) ensuring …;
 * and" + "(c) prohibiting …").
 */
const endsClause = (line: string, part: boolean) =>
  (part ? /(?:[.:;,!?]["”’)]?|[;,] (?:and|or))$/ : /[.:;!?]["”’)]?$/).test(line);
const trimmedTail = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);

function recommendationsPart(lines: CleanLine[]): CleanLine[] {
  const headings = lines.flatMap((l, i) => (PART_HEADING.test(l.text) ? [i] : []));
  const start = headings.length ? (headings[headings.length - 1] ?? -1) + 1 : 0;
  const end = lines.findIndex((l, i) => i >= start && PART_END.test(l.text));
  return lines.slice(start, end < 0 ? lines.length : end);
}

/** Part of a line after its label, remembering the printed width (for paragraph detection). */
const rest = (line: CleanLine, text: string): CleanLine => ({ ...line, text, width: line.width ?? line.text.length });

export function parseReportText(raw: string): ParsedReport {
  const all = cleanLines(raw);
  const layout = layoutOf(all);
  const lines = recommendationsPart(all);
  const warnings: string[] = [];
  const items: ParsedItem[] = [];
  let section: string | null = null;
  let sectionLetter: string | null = null;
  let topic: string | null = null;
  let last: { number: number; letter: string | null } | null = null;
  let freshSection = false;
  let current: Block | null = null;
  let structuralBefore = true;

  /** Labels of items that had an answer, recognised or not (an unrecognised one is warned about already). */
  const answered = new Set<string>();
  const flush = () => {
    if (current?.answerLines) answered.add(labelOf(current.number, current.letter));
    if (current) items.push(...finish(current, section, topic, layout, warnings));
    current = null;
  };

  /** Where a number stands in the sequence: the next one, one after a gap of at most two, or out of it. */
  const sequence = (number: number, letter: string | null): "next" | "gap" | null => {
    if (last === null) return letter === null || letter === "a" ? "next" : null;
    if (letter !== null && number === last.number) {
      return last.letter !== null && letter === nextLetter(last.letter) ? "next" : null;
    }
    if (letter !== null && letter !== "a") return null;
    if (number === last.number + 1 || (number === 1 && freshSection)) return "next";
    return number > last.number + 1 && number <= last.number + 3 ? "gap" : null;
  };

  /**
   * Whether a numbered line at i is the next item. A line that merely starts with a number ("…recommendation"
   * + "6. That mechanism…") is not: it must be in sequence and follow a sentence end, a blank line or a heading.
   */
  const acceptsNumber = (i: number, number: number, letter: string | null): boolean => {
    const line = lines[i];
    const prev = lines[i - 1];
    if (!line) return false;
    const boundary = structuralBefore || line.blankBefore || !prev || endsClause(prev.text, false);
    const place = boundary ? sequence(number, letter) : null;
    if (place === "gap") warnings.push(`line ${line.n}: numbering jumps from ${last?.number} to ${number}`);
    return place !== null;
  };

  /** "(a)" only opens lettered parts if a "(b)" follows before the next numbered item. */
  const partsFollow = (i: number, number: number): boolean => {
    for (let j = i + 1; j < lines.length; j += 1) {
      const text = lines[j]?.text ?? "";
      if (letteredStart(text)?.letter === "b") return true;
      const ns = numberedStart(text);
      if ((ns && ns.number === number + 1) || sectionHeading(text)) return false;
    }
    return false;
  };

  /**
   * A topic heading: a short title-like line right before the next item ("Election Administration"), or two
   * such lines when the heading wraps ("Participation of Women and National" + "Minorities"). Its length in lines.
   */
  const topicHeading = (i: number): number => {
    for (const size of [1, 2]) {
      const head = lines.slice(i, i + size);
      const next = numberedStart(lines[i + size]?.text ?? "");
      if (
        head.length === size &&
        head.every((l) => titleLike(l.text, 8)) &&
        next &&
        sequence(next.number, next.letter)
      ) {
        return size;
      }
    }
    return 0;
  };

  let skip = 0;
  lines.forEach((line, i) => {
    if (skip > 0) {
      skip -= 1;
      return;
    }
    const prev = lines[i - 1];
    const text = line.text;
    const heading = sectionHeading(text);
    const boundary = structuralBefore || line.blankBefore || !prev || endsClause(prev.text, false);
    // The first heading needs no sentence end before it: a part often opens with a note such as "(here …)".
    if (heading && (sectionLetter === null || (boundary && heading.letter === nextLetter(sectionLetter)))) {
      flush();
      [section, sectionLetter, topic, freshSection, structuralBefore] = [
        heading.title,
        heading.letter,
        null,
        true,
        true,
      ];
      return;
    }
    // "PRIORITY RECOMMENDATIONS" printed without a letter is a section heading too.
    if (!heading && boundary && titleLike(text, 5) && UNLETTERED_SECTION.test(text)) {
      flush();
      [section, topic, freshSection, structuralBefore] = [text, null, true, true];
      return;
    }
    const numbered = numberedStart(text);
    if (numbered && acceptsNumber(i, numbered.number, numbered.letter)) {
      const continuing = last !== null && numbered.letter !== null && numbered.number === last.number;
      const leadIn: string | null = continuing ? ((current as Block | null)?.leadIn ?? null) : null;
      flush();
      current = { ...numbered, leadIn, first: line, textLines: [rest(line, numbered.rest)], answerLines: null };
      last = { number: numbered.number, letter: numbered.letter };
      [freshSection, structuralBefore] = [false, false];
      return;
    }
    const lettered = letteredStart(text);
    const block = current as Block | null;
    if (lettered && block && last) {
      const opens =
        lettered.letter === "a" && block.letter === null && block.answerLines === null && partsFollow(i, block.number);
      const continues =
        block.letter !== null &&
        lettered.letter === nextLetter(block.letter) &&
        (line.blankBefore || !prev || endsClause(prev.text, true));
      if (opens || continues) {
        const leadIn = opens ? paragraphText(block.textLines, layout) || null : block.leadIn;
        if (continues) flush();
        current = {
          number: block.number,
          letter: lettered.letter,
          leadIn,
          first: line,
          textLines: [],
          answerLines: null,
        };
        current.textLines.push(rest(line, lettered.rest));
        last = { number: block.number, letter: lettered.letter };
        structuralBefore = false;
        return;
      }
    }
    const answer = block && block.answerLines === null ? answerStart(text) : null;
    if (block && answer) {
      block.answerLines = answer.rest ? [rest(line, answer.rest)] : [];
      structuralBefore = false;
      return;
    }
    const topicLines = titleLike(text, 8) && boundary ? topicHeading(i) : 0;
    if (topicLines > 0) {
      flush();
      topic = lines
        .slice(i, i + topicLines)
        .map((l) => l.text)
        .join(" ");
      [skip, structuralBefore] = [topicLines - 1, true];
      return;
    }
    structuralBefore = false;
    // Without an item: the preamble, or a section's own lead-in before its first item (left out).
    if (block) (block.answerLines ?? block.textLines).push(line);
  });
  flush();
  return { items, warnings: [...warnings, ...missingAnswers(items, answered)] };
}

/** The finished item (none when it has no text), with warnings for what a person should check. */
function finish(block: Block, section: string | null, topic: string | null, layout: Layout, warnings: string[]) {
  const label = labelOf(block.number, block.letter);
  const at = `line ${block.first.n}: item ${label}`;
  const text = paragraphText(block.textLines, layout);
  if (text === "") {
    warnings.push(`${at} has no text; it was left out`);
    return [];
  }
  let response: ParsedResponse | null = null;
  if (block.answerLines !== null) {
    const answer = splitAnswer(block.answerLines, layout);
    if (answer.status && answer.statusSentence !== null) {
      response = { status: answer.status, text: answer.text, statusSentence: answer.statusSentence };
    } else if (answer.statusSentence !== null) {
      warnings.push(`${at}: status sentence not recognised, answer left out: "${trimmedTail(answer.statusSentence)}"`);
    } else {
      warnings.push(`${at}: the answer has no closing status sentence; it was left out`);
    }
    if (answer.after)
      warnings.push(`${at}: text after the status sentence was left out: "${trimmedTail(answer.after)}"`);
  }
  return [{ label, section, topic, leadIn: block.leadIn, text, response }];
}

/** When some items carry an answer, the ones without one are worth a look. */
function missingAnswers(items: ParsedItem[], answered: Set<string>): string[] {
  if (!items.some((it) => it.response)) return [];
  return items.filter((it) => !answered.has(it.label)).map((it) => `item ${it.label} has no answer`);
}
