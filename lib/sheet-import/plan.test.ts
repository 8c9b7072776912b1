// The dry run, pure: each kind of change, each problem, conflicts; no database.
import { describe, expect, it } from "vitest";
import { RECOMMENDATION_COLUMNS } from "@/lib/reports/export-rows";
import { datedForm, EDITABLE_COLUMNS, parseAssessor, planImport, planKey, type CurrentRow } from "./plan";
import type { SheetFile } from "./schema";

const CYCLE = { id: "c2011aaaaaaaaaaaaaaaaaaa", name: "2011 Early presidential election" };
const ID1 = "r1aaaaaaaaaaaaaaaaaaaaaa";
const ID2 = "r2aaaaaaaaaaaaaaaaaaaaaa";
const OTHER = "r9aaaaaaaaaaaaaaaaaaaaaa";

const answered: Record<string, string> = {
  "State response": "Accepted in part",
  "Status sentence": "Recommendation is accepted in part.",
  "Response text": "The CEC standpoint.",
  "Response date from": "2011-07-13",
  "Response date to": "2011-09-30",
  "Note on the response date": "",
  "Independent assessment": "Not yet assessed",
  Assessor: "",
  Rationale: "",
  "Assessment date from": "",
  "Assessment date to": "",
  "Note on the assessment date": "",
  "New follow-up": "",
  "New follow-up date": "",
};
const current = new Map<string, CurrentRow>([
  [ID1, { id: ID1, cycleId: CYCLE.id, cycleName: CYCLE.name, label: "1", stamp: "v000000000001", cells: answered }],
  [ID2, { id: ID2, cycleId: CYCLE.id, cycleName: CYCLE.name, label: "2(a)", stamp: "v000000000002", cells: answered }],
  [
    OTHER,
    {
      id: OTHER,
      cycleId: "c2007",
      cycleName: "2007 Parliamentary elections",
      label: "15",
      stamp: "v9",
      cells: answered,
    },
  ],
]);

const HEADERS = ["Recommendation", "Record id", "Row stamp", ...EDITABLE_COLUMNS];
function file(rows: Record<string, string>[], headers = HEADERS): SheetFile {
  return {
    name: "kz.csv",
    sha256: "ab".repeat(32),
    kind: "csv",
    headers,
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  };
}
const row = (id: string, edits: Record<string, string> = {}, stamp = current.get(id)!.stamp) => ({
  "Record id": id,
  "Row stamp": stamp,
  ...answered,
  ...edits,
});
const plan = (rows: Record<string, string>[], headers?: string[]) => planImport(file(rows, headers), CYCLE, current);
const problems = (rows: Record<string, string>[]) =>
  plan(rows).problems.map((p) => `${p.row}|${p.column}|${p.message}`);

describe("the spreadsheet import plan", () => {
  it("reads the columns the export writes", () => {
    const headers = RECOMMENDATION_COLUMNS.map((c) => c.header);
    for (const c of ["Record id", "Row stamp", ...EDITABLE_COLUMNS]) expect(headers).toContain(c);
  });

  it("plans nothing for unchanged rows", () => {
    expect(plan([row(ID1), row(ID2)])).toMatchObject({ problems: [], conflicts: [], changes: [], unchanged: 2 });
  });

  it("a changed status with a new date is a new answer; the earlier status's sentence is not carried over", () => {
    const p = plan([
      row(ID1, {
        "State response": "implemented",
        "Response date from": "2012-02-01",
        "Response date to": "2012-02-01",
      }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({
      row: 2,
      kind: "response",
      words: "New state\u2019s response: Implemented, dated 1 February 2012 (was: Accepted in part)",
      input: { status: "IMPLEMENTED", statusSentence: undefined, text: "The CEC standpoint.", datePrecision: "DAY" },
    });
  });

  it("a typed status sentence is kept; a month span is a month", () => {
    const p = plan([
      row(ID1, {
        "Status sentence": "Recommendation is implemented; however the CEC will continue the work.",
        "Response date from": "2012-03-01",
        "Response date to": "2012-03-31",
      }),
    ]);
    expect(p.changes[0]).toMatchObject({
      input: {
        status: "ACCEPTED_IN_PART",
        statusSentence: "Recommendation is implemented; however the CEC will continue the work.",
        datePrecision: "MONTH",
      },
    });
  });

  it("a new assessment, with who assessed read from the assessor cell", () => {
    const p = plan([
      row(ID1, {
        "Independent assessment": "Mostly implemented",
        Assessor: "Civil society (Monitor A)",
        Rationale: "Law amended.",
        "Assessment date to": "2013",
      }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.changes[0]).toMatchObject({
      kind: "assessment",
      input: {
        status: "MOSTLY_IMPLEMENTED",
        assessorType: "CIVIL_SOCIETY",
        assessorName: "Monitor A",
        datePrecision: "YEAR",
      },
    });
  });

  it("a filled new follow-up is a new public follow-up entry", () => {
    const p = plan([row(ID2, { "New follow-up": "Round table", "New follow-up date": "2012-05" })]);
    expect(p.changes.map((c) => [c.kind, c.label, c.words])).toEqual([
      ["followUp", "2(a)", "New follow-up entry, dated May 2012: Round table"],
    ]);
    expect(p.changes[0]!.input).toMatchObject({ internal: false, actionTaken: "Round table" });
  });

  it("one row can add an answer, an assessment and a follow-up at once", () => {
    const p = plan([
      row(ID1, {
        "State response": "Implemented",
        "Response date from": "2012-02-01",
        "Response date to": "2012-02-01",
        "Independent assessment": "Fully implemented",
        Assessor: "ODIHR mission",
        Rationale: "Seen at the 2012 election.",
        "Assessment date from": "2012-04-03",
        "Assessment date to": "2012-04-03",
        "New follow-up": "Law published",
        "New follow-up date": "2012-01-15",
      }),
    ]);
    expect(p.changes.map((c) => c.kind)).toEqual(["response", "assessment", "followUp"]);
  });

  it("lists every problem by row and column", () => {
    const list = problems([
      row(ID1, { "State response": "Done", "Response date from": "2012-02-01", "Response date to": "2012-02-01" }),
      row(ID2, { "State response": "Implemented" }),
      row(OTHER, { "New follow-up": "x", "New follow-up date": "2012" }),
      { "Record id": "nonsense", "Row stamp": "v1", "New follow-up": "x" },
      row(ID1),
      { "Record id": "", "Row stamp": "", "New follow-up": "orphan" },
    ]);
    expect(list).toEqual([
      expect.stringMatching(
        /^2\|State response\|\u201cDone\u201d is not a state's response; use one of \u201cImplemented\u201d/,
      ),
      expect.stringMatching(/^3\|Response date to\|a new answer needs its own date/),
      expect.stringMatching(/^4\|Record id\|recommendation 15 belongs to 2007 Parliamentary elections, not to 2011/),
      expect.stringMatching(/^5\|Record id\|\u201cnonsense\u201d is not the id/),
      "6|Record id|the same recommendation is already on row 2",
      expect.stringMatching(/^7\|Record id\|empty: rows are matched by their record id only/),
    ]);
  });

  it("refuses dates that are not dates, answers dated before the current one, and date-only edits", () => {
    expect(
      problems([
        row(ID1, {
          "State response": "Implemented",
          "Response date from": "2012-02-30",
          "Response date to": "2012-02-30",
        }),
      ]),
    ).toEqual([expect.stringMatching(/^2\|Response date to\|Date of the response must be a day/)]);
    expect(
      problems([
        row(ID1, {
          "State response": "Implemented",
          "Response date from": "2010-01-01",
          "Response date to": "2010-01-01",
        }),
      ]),
    ).toEqual(["2|Response date to|the new answer is dated before the current one (2011-09-30)"]);
    expect(problems([row(ID1, { "Response date from": "2011-08-01" })])).toEqual([
      expect.stringMatching(/^2\|Response date to\|only the date of the current answer changed: that is a correction/),
    ]);
    expect(
      problems([
        row(ID1, {
          "State response": "No response recorded",
          "Response date to": "2012-01-01",
          "Response date from": "",
        }),
      ]),
    ).toEqual([expect.stringMatching(/^2\|State response\|\u201cNo response recorded\u201d cannot be recorded/)]);
    expect(problems([row(ID1, { "New follow-up date": "2012-01-01" })])).toEqual([
      "2|New follow-up|a date without an action: say what was done",
    ]);
  });

  it("a row the tracker changed since the export and the sheet edits is a conflict with both values; untouched stale rows are not", () => {
    const p = plan([
      row(ID1, { "State response": "Implemented", "Response date to": "2012-01-01" }, "v0ld"),
      row(ID2, {}, "v0ld"),
    ]);
    expect(p.changes).toEqual([]);
    expect(p.problems).toEqual([]);
    expect(p.unchanged).toBe(1);
    expect(p.conflicts).toEqual([
      {
        row: 2,
        recommendationId: ID1,
        label: "1",
        fields: [
          { column: "State response", sheet: "Implemented", tracker: "Accepted in part" },
          { column: "Response date to", sheet: "2012-01-01", tracker: "2011-09-30" },
        ],
      },
    ]);
  });

  it("needs the record id and stamp columns, and a stamp on an edited row", () => {
    expect(plan([row(ID1)], ["Recommendation"]).problems[0]).toMatchObject({ row: 1, column: null });
    expect(problems([row(ID1, { "New follow-up": "x", "New follow-up date": "2012" }, "")])).toEqual([
      expect.stringMatching(/^2\|Row stamp\|empty/),
    ]);
  });

  it("columns left out of the file are taken as unchanged", () => {
    const headers = ["Record id", "Row stamp", "New follow-up", "New follow-up date"];
    const p = plan(
      [{ "Record id": ID1, "Row stamp": "v000000000001", "New follow-up": "Hearing", "New follow-up date": "2012" }],
      headers,
    );
    expect(p.changes.map((c) => c.kind)).toEqual(["followUp"]);
  });

  it("reads dates and assessors as the export writes them", () => {
    expect(datedForm("2011-07-13", "2011-09-30", "")).toEqual({
      notBefore: "2011-07-13",
      notAfter: "2011-09-30",
      dateNote: "",
    });
    expect(datedForm("2011-01-01", "2011-12-31", "n")).toEqual({ date: "2011", dateNote: "n" });
    expect(datedForm("", "2011-07", "")).toEqual({ date: "2011-07", dateNote: "" });
    expect(datedForm("", "2011-07-02", "")).toEqual({ notAfter: "2011-07-02", dateNote: "" });
    expect(parseAssessor("ODIHR mission (EOM 2012)")).toEqual({
      assessorType: "ODIHR_MISSION",
      assessorName: "EOM 2012",
    });
    expect(parseAssessor("internal review")).toEqual({ assessorType: "INTERNAL_REVIEW", assessorName: undefined });
    expect(parseAssessor("Someone")).toBeNull();
  });

  it("the dry run's key changes with the file, the changes and the conflicts", () => {
    const edit = { "New follow-up": "x", "New follow-up date": "2012" };
    const a = planKey(plan([row(ID1, edit)]));
    expect(planKey(plan([row(ID1, edit)]))).toBe(a);
    expect(planKey(plan([row(ID1, { ...edit, "New follow-up": "y" })]))).not.toBe(a);
    expect(planKey(plan([row(ID1, edit, "v0ld")]))).not.toBe(a);
  });
});
