// The three kinds of change a spreadsheet row can carry, each planned from
// the row's cells against the tracker's (pure): a new answer of the state, a
// new independent assessment, a new follow-up entry. Each checks its cells
// with the same zod schema as the entry forms, and names the column of every
// problem. What an edit means: docs/spreadsheet-template.md.
import type { z } from "zod";
import { formatDated } from "@/lib/dated";
import { NewAssessmentSchema } from "@/lib/assessments/schema";
import { NewFollowUpSchema } from "@/lib/follow-ups/schema";
import { NewResponseSchema } from "@/lib/responses/schema";
import { ASSESSMENT, ASSESSOR_TYPE, STATE_RESPONSE, type AssessorType } from "@/lib/vocab";
import type { PlannedChange, Problem } from "./schema";

export const ID_COLUMN = "Record id";
export const STAMP_COLUMN = "Row stamp";
export const RESPONSE_COLUMNS = {
  status: "State response",
  statusSentence: "Status sentence",
  text: "Response text",
  from: "Response date from",
  to: "Response date to",
  note: "Note on the response date",
} as const;
export const ASSESSMENT_COLUMNS = {
  status: "Independent assessment",
  assessor: "Assessor",
  rationale: "Rationale",
  from: "Assessment date from",
  to: "Assessment date to",
  note: "Note on the assessment date",
} as const;
export const FOLLOW_UP_COLUMNS = { text: "New follow-up", date: "New follow-up date" } as const;
/** Every column an edit is read from; the others are for reading only. */
export const EDITABLE_COLUMNS = [
  ...Object.values(RESPONSE_COLUMNS),
  ...Object.values(ASSESSMENT_COLUMNS),
  ...Object.values(FOLLOW_UP_COLUMNS),
];

/** A recommendation as the tracker holds it now: its cycle, label, stamp and editable cells as exported. */
export interface CurrentRow {
  id: string;
  cycleId: string;
  cycleName: string;
  label: string;
  stamp: string;
  cells: Record<string, string>;
}

export const norm = (s: string | undefined) => (s ?? "").replace(/\r\n?/g, "\n").trim();

/** The form fields of a date given as "from" and "to" days (a month or a year when the span is exactly one). */
export function datedForm(from: string, to: string, note: string) {
  const f = norm(from);
  const t = norm(to);
  const out: { date?: string; notBefore?: string; notAfter?: string; dateNote?: string } = { dateNote: norm(note) };
  if (f && f === t) out.date = f;
  else if (!f && /^\d{4}(-\d{2})?$/.test(t)) out.date = t;
  else if (f && t && /^\d{4}-\d{2}-01$/.test(f) && t.slice(0, 7) === f.slice(0, 7) && isLastOfMonth(t))
    out.date = f.slice(0, 7);
  else if (f && t && f.endsWith("-01-01") && t === `${f.slice(0, 4)}-12-31`) out.date = f.slice(0, 4);
  else {
    if (f) out.notBefore = f;
    if (t) out.notAfter = t;
  }
  return out;
}
function isLastOfMonth(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return false;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

const STATE_LABELS = Object.fromEntries(Object.entries(STATE_RESPONSE).map(([k, s]) => [k, s.label])) as Record<
  keyof typeof STATE_RESPONSE,
  string
>;
const ASSESSMENT_LABELS = Object.fromEntries(Object.entries(ASSESSMENT).map(([k, s]) => [k, s.label])) as Record<
  keyof typeof ASSESSMENT,
  string
>;

const byLabel = <K extends string>(labels: Record<K, string>, text: string): K | null => {
  const t = norm(text).toLowerCase();
  return (Object.keys(labels) as K[]).find((k) => labels[k].toLowerCase() === t) ?? null;
};
const names = (labels: Record<string, string>, skip: string[] = []) =>
  Object.entries(labels)
    .filter(([k]) => !skip.includes(k))
    .map(([, l]) => `\u201c${l}\u201d`)
    .join(", ");

/** "ODIHR mission (EOM 2012)" → who assessed; null when the type is not one of the four. */
export function parseAssessor(text: string): { assessorType: AssessorType; assessorName?: string } | null {
  const m = /^(.*?)\s*(?:\((.*)\))?$/.exec(norm(text));
  const type = m ? byLabel(ASSESSOR_TYPE, m[1] ?? "") : null;
  return type ? { assessorType: type, assessorName: m?.[2]?.trim() || undefined } : null;
}

export type Out = {
  problems: Problem[];
  change: Omit<PlannedChange, "row" | "recommendationId" | "label" | "stamp"> | null;
};
type Issue = z.core.$ZodIssue;

function issues(row: number, list: Issue[], columnOf: Record<string, string>): Problem[] {
  return list.map((i) => ({ row, column: columnOf[String(i.path[0])] ?? null, message: i.message }));
}

export function planResponse(row: number, rec: CurrentRow, cells: Record<string, string>): Out {
  const C = RESPONSE_COLUMNS;
  const now = rec.cells;
  const v = (k: keyof typeof C) => (C[k] in cells ? norm(cells[C[k]]) : norm(now[C[k]]));
  const problems: Problem[] = [];
  const content = (["status", "statusSentence", "text"] as const).some((k) => v(k) !== norm(now[C[k]]));
  const dated = (["from", "to", "note"] as const).some((k) => v(k) !== norm(now[C[k]]));
  if (!content && !dated) return { problems, change: null };
  const hadAnswer = norm(now[C.status]) !== STATE_RESPONSE.NO_RESPONSE.label;
  if (!content) {
    problems.push({
      row,
      column: C.to,
      message:
        "only the date of the current answer changed: that is a correction, made on the recommendation's page (a sheet adds new answers only)",
    });
    return { problems, change: null };
  }
  const status = byLabel(STATE_LABELS, v("status"));
  if (!status || status === "NO_RESPONSE") {
    problems.push({
      row,
      column: C.status,
      message:
        status === "NO_RESPONSE"
          ? "\u201cNo response recorded\u201d cannot be recorded: to take an answer back, withdraw it on the recommendation's page"
          : `\u201c${v("status")}\u201d is not a state's response; use one of ${names(STATE_LABELS, ["NO_RESPONSE"])}`,
    });
  }
  if (hadAnswer && v("from") === norm(now[C.from]) && v("to") === norm(now[C.to]))
    problems.push({
      row,
      column: C.to,
      message: `a new answer needs its own date: put the day (or month, or year) of the new answer in \u201c${C.from}\u201d and \u201c${C.to}\u201d`,
    });
  // A sentence left as it was belongs to the earlier status: the new status's own sentence applies.
  const sentence = v("statusSentence");
  const ownSentence = status ? STATE_RESPONSE[status].sentence : null;
  const keepSentence = sentence && sentence !== norm(now[C.statusSentence]) && sentence !== ownSentence;
  const parsed = NewResponseSchema.safeParse({
    recommendationId: rec.id,
    status: status ?? "",
    text: v("text"),
    statusSentence: keepSentence ? sentence : "",
    ...datedForm(v("from"), v("to"), v("note")),
  });
  if (!parsed.success) {
    const columnOf = { text: C.text, statusSentence: C.statusSentence, date: C.to, notBefore: C.from, notAfter: C.to };
    problems.push(
      ...issues(
        row,
        parsed.error.issues.filter((i) => i.path[0] !== "status"),
        { ...columnOf, dateNote: C.note },
      ),
    );
  } else if (hadAnswer && parsed.data.dateTo.toISOString().slice(0, 10) < norm(now[C.to])) {
    problems.push({
      row,
      column: C.to,
      message: `the new answer is dated before the current one (${norm(now[C.to])})`,
    });
  }
  if (problems.length || !parsed.success || !status) return { problems, change: null };
  const was = hadAnswer ? ` (was: ${now[C.status]})` : "";
  return {
    problems,
    change: {
      kind: "response",
      words: `New state\u2019s response: ${STATE_RESPONSE[status].label}, dated ${formatDated(parsed.data)}${was}`,
      input: parsed.data,
    },
  };
}

export function planAssessment(row: number, rec: CurrentRow, cells: Record<string, string>): Out {
  const C = ASSESSMENT_COLUMNS;
  const now = rec.cells;
  const v = (k: keyof typeof C) => (C[k] in cells ? norm(cells[C[k]]) : norm(now[C[k]]));
  const problems: Problem[] = [];
  const content = (["status", "assessor", "rationale"] as const).some((k) => v(k) !== norm(now[C[k]]));
  const dated = (["from", "to", "note"] as const).some((k) => v(k) !== norm(now[C[k]]));
  if (!content && !dated) return { problems, change: null };
  const hadOne = norm(now[C.assessor]) !== "";
  if (!content) {
    problems.push({
      row,
      column: C.to,
      message:
        "only the date of the current assessment changed: that is a correction, made on the recommendation's page (a sheet adds new assessments only)",
    });
    return { problems, change: null };
  }
  const status = byLabel(ASSESSMENT_LABELS, v("status"));
  if (!status)
    problems.push({
      row,
      column: C.status,
      message: `\u201c${v("status")}\u201d is not on ODIHR's scale; use one of ${names(ASSESSMENT_LABELS)}`,
    });
  const who = parseAssessor(v("assessor"));
  if (!who)
    problems.push({
      row,
      column: C.assessor,
      message: `say who assessed: one of ${names(ASSESSOR_TYPE)}, optionally followed by a name in brackets, e.g. \u201cODIHR mission (EOM 2012)\u201d`,
    });
  if (hadOne && v("from") === norm(now[C.from]) && v("to") === norm(now[C.to]))
    problems.push({
      row,
      column: C.to,
      message: `a new assessment needs its own date: put its day (or month, or year) in \u201c${C.from}\u201d and \u201c${C.to}\u201d`,
    });
  const parsed = NewAssessmentSchema.safeParse({
    recommendationId: rec.id,
    status: status ?? "",
    assessorType: who?.assessorType ?? "",
    assessorName: who?.assessorName ?? "",
    rationale: v("rationale"),
    ...datedForm(v("from"), v("to"), v("note")),
  });
  if (!parsed.success) {
    const columnOf = {
      rationale: C.rationale,
      assessorName: C.assessor,
      date: C.to,
      notBefore: C.from,
      notAfter: C.to,
    };
    const skip = ["status", "assessorType"];
    problems.push(
      ...issues(
        row,
        parsed.error.issues.filter((i) => !skip.includes(String(i.path[0]))),
        { ...columnOf, dateNote: C.note },
      ),
    );
  }
  if (problems.length || !parsed.success || !status) return { problems, change: null };
  const was = hadOne ? ` (was: ${now[C.status]})` : "";
  return {
    problems,
    change: {
      kind: "assessment",
      words: `New independent assessment: ${ASSESSMENT[status].label} by ${v("assessor")}, dated ${formatDated(parsed.data)}${was}`,
      input: parsed.data,
    },
  };
}

export function planFollowUp(row: number, rec: CurrentRow, cells: Record<string, string>): Out {
  const C = FOLLOW_UP_COLUMNS;
  const text = norm(cells[C.text]);
  const date = norm(cells[C.date]);
  if (!text && !date) return { problems: [], change: null };
  if (!text)
    return {
      problems: [{ row, column: C.text, message: "a date without an action: say what was done" }],
      change: null,
    };
  const parsed = NewFollowUpSchema.safeParse({ recommendationId: rec.id, actionTaken: text, date, internal: false });
  if (!parsed.success)
    return {
      problems: issues(row, parsed.error.issues, { actionTaken: C.text, date: C.date, dateNote: C.date }),
      change: null,
    };
  return {
    problems: [],
    change: {
      kind: "followUp",
      words: `New follow-up entry, dated ${formatDated(parsed.data)}: ${text}`,
      input: parsed.data,
    },
  };
}
