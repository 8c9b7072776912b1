// A government's answer printed after an item (the CEC Comments layout): "The CEC standpoint. …" and a
// closing status sentence ("Recommendation is implemented.") mapped to the response vocabulary.
import type { CleanLine } from "./clean-text";
import { joinLines, paragraphText, type Layout } from "./paragraphs";
import type { ParsedResponse } from "./parsed";

type Status = ParsedResponse["status"];

/**
 * The start of an answer: "The CEC standpoint.", "Standpoint of the Government:", "Comment:", "The CEC
 * comment.", "Response of the authorities:". The marker must be followed by "." or ":" so that a sentence
 * such as "Response times should be…" is not one.
 */
const WORD = "\\p{Lu}[\\p{L}’'/-]*";
const MARKER = ["standpoint", "comment", "comments", "response", "position", "answer", "reply"]
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|");
/** "of the Government", "of the Central Election Commission" after the marker. */
const OF_WHOM = `\\s+of\\s+(?:the\\s+)?${WORD}(?:\\s+${WORD}){0,3}`;
const ANSWER_START = new RegExp(
  `^(?=\\p{Lu})(?:The\\s+)?(?:${WORD}\\s+){0,3}(?:${MARKER})(?:${OF_WHOM})?\\s*[.:]\\s*`,
  "u",
);

/** The line's text after the marker ("" when the answer starts on the next line), or null. */
export function answerStart(line: string): { rest: string } | null {
  const m = ANSWER_START.exec(line);
  return m ? { rest: line.slice(m[0].length) } : null;
}

/** Closed vocabulary, most specific first. Sentences start with "Recommendation", "This/The recommendation". */
const VOCABULARY: ReadonlyArray<readonly [RegExp, Status]> = [
  [/\b(?:cannot|can ?not|could not|will not) be (?:accepted|supported|implemented)\b/, "CANNOT_BE_ACCEPTED"],
  [/\bis (?:not accepted|rejected)\b/, "CANNOT_BE_ACCEPTED"],
  [/\b(?:accepted|supported|implemented) (?:in part|partially|partly)\b/, "ACCEPTED_IN_PART"],
  [/\b(?:partially|partly) (?:accepted|implemented)\b/, "ACCEPTED_IN_PART"],
  [
    /\b(?:requires?|needs?|is subject to) (?:further|additional) (?:study|consideration|analysis)\b/,
    "REQUIRES_FURTHER_STUDY",
  ],
  [/\bunder (?:further )?(?:study|consideration)\b/, "REQUIRES_FURTHER_STUDY"],
  [/\b(?:at the stage of|in the (?:process|course) of) implementation\b/, "AT_STAGE_OF_IMPLEMENTATION"],
  [/\bis being implemented\b/, "AT_STAGE_OF_IMPLEMENTATION"],
  [/\b(?:is|has been|was|are|have been) (?:fully |already )?implemented\b/, "IMPLEMENTED"],
];

const STATUS_SENTENCE_START = /^(?:(?:This|The) recommendation|Recommendation)s?\b/;

export function statusOf(sentence: string): Status | null {
  if (!STATUS_SENTENCE_START.test(sentence)) return null;
  const lower = sentence.toLowerCase();
  return VOCABULARY.find(([re]) => re.test(lower))?.[1] ?? null;
}

export interface SplitAnswer {
  /** The answer without its status sentence, paragraphs joined by "\n\n". */
  text: string;
  /** The closing sentence when it reads like a status ("Recommendation …"), recognised or not. */
  statusSentence: string | null;
  status: Status | null;
  /** Text printed after the status sentence, left out of the answer (a person should look at it). */
  after: string;
}

const endsSentence = (line: string) => /[.!?:;]["”’)]?$/.test(line);
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * Splits an answer's lines into its text and its closing status sentence. In wrapped text the status
 * sentence starts a printed line after a sentence end: the last such line starting with "Recommendation" /
 * "This recommendation" is taken (it may wrap: "Recommendation is implemented; however the CEC will continue
 * the work on the" + "issues …"). In text with one line per paragraph it is the answer's last sentence.
 */
export function splitAnswer(lines: readonly CleanLine[], layout: Layout): SplitAnswer {
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i -= 1) {
    const prev = lines[i - 1];
    if (STATUS_SENTENCE_START.test(lines[i]?.text ?? "") && (!prev || endsSentence(prev.text))) at = i;
  }
  if (at >= 0) {
    const tail = joinLines(
      lines.slice(at).map((l) => l.text),
      layout,
    );
    const sentence = firstSentence(tail);
    return {
      text: paragraphText(lines.slice(0, at), layout),
      statusSentence: sentence,
      status: statusOf(sentence),
      after: tail.slice(sentence.length).trim(),
    };
  }
  const whole = paragraphText(lines, layout);
  const paragraphs = whole.split("\n\n");
  const last = paragraphs.pop() ?? "";
  const starts = [...last.matchAll(/[.!?]["”’)]?\s+(?=(?:This|The) recommendation|Recommendation)/g)];
  const cut = starts.length
    ? (starts[starts.length - 1]?.index ?? 0) + (starts[starts.length - 1]?.[0].length ?? 0)
    : 0;
  const sentence = last.slice(cut);
  if (!STATUS_SENTENCE_START.test(sentence) || firstSentence(sentence) !== sentence) {
    return { text: whole, statusSentence: null, status: null, after: "" };
  }
  const body = [...paragraphs, last.slice(0, cut).trim()].filter((p) => p !== "").join("\n\n");
  return { text: body, statusSentence: sentence, status: statusOf(sentence), after: "" };
}
