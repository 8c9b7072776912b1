// The dry run of a spreadsheet import, pure: the file's rows against the
// tracker's current rows (as the export writes them) give the problems by
// row, the conflicts, and the new entries to write. Rows are matched by
// "Record id" only. What an edit means (docs/spreadsheet-template.md):
//  - response cells (status, status sentence, text) changed, with the date of
//    the new answer → a NEW entry of the state's response series;
//  - assessment cells (status, assessor, rationale) changed, with its date →
//    a NEW assessment;
//  - "New follow-up" filled, with "New follow-up date" → a new follow-up entry;
//  - unchanged cells → nothing. Corrections and withdrawals stay on the
//    recommendation page: a sheet never rewrites an existing entry.
// A row whose "Row stamp" differs from the tracker's (its entries changed
// since the export) and whose cells differ from the tracker is a conflict:
// shown with both values, never applied.
import { createHash } from "node:crypto";
import {
  EDITABLE_COLUMNS,
  ID_COLUMN,
  STAMP_COLUMN,
  norm,
  planAssessment,
  planFollowUp,
  planResponse,
  type CurrentRow,
} from "./plan-entries";
import type { Plan, RowConflict, SheetFile } from "./schema";

export * from "./plan-entries";

const ID = /^[a-z0-9]{20,40}$/;

/** Cells that differ from the tracker (columns absent from the file are taken as unchanged). */
function differing(rec: CurrentRow, cells: Record<string, string>): RowConflict["fields"] {
  return EDITABLE_COLUMNS.filter((c) => c in cells && norm(cells[c]) !== norm(rec.cells[c])).map((c) => ({
    column: c,
    sheet: norm(cells[c]),
    tracker: norm(rec.cells[c]),
  }));
}

/** The dry run. `current` holds every recommendation the file names that exists (any cycle). */
export function planImport(
  file: SheetFile,
  cycle: { id: string; name: string },
  current: Map<string, CurrentRow>,
): Plan {
  const plan: Plan = {
    file: { name: file.name, sha256: file.sha256, kind: file.kind, rows: file.rows.length },
    problems: [],
    conflicts: [],
    changes: [],
    unchanged: 0,
  };
  const missing = [ID_COLUMN, STAMP_COLUMN].filter((c) => !file.headers.includes(c));
  if (missing.length) {
    plan.problems.push({
      row: 1,
      column: null,
      message: `the header row has no ${missing.map((m) => `\u201c${m}\u201d`).join(" or ")} column: start from a CSV or XLSX export of this cycle's report`,
    });
    return plan;
  }
  const seen = new Map<string, number>();
  for (const { row, cells } of file.rows) {
    const id = norm(cells[ID_COLUMN]);
    if (!id) {
      if (EDITABLE_COLUMNS.some((c) => norm(cells[c]))) {
        plan.problems.push({
          row,
          column: ID_COLUMN,
          message:
            "empty: rows are matched by their record id only (add new recommendations with the text import first)",
        });
      }
      continue;
    }
    if (!ID.test(id) || !current.has(id)) {
      plan.problems.push({
        row,
        column: ID_COLUMN,
        message: `\u201c${id.slice(0, 60)}\u201d is not the id of a recommendation in the tracker`,
      });
      continue;
    }
    if (seen.has(id)) {
      plan.problems.push({
        row,
        column: ID_COLUMN,
        message: `the same recommendation is already on row ${seen.get(id)}`,
      });
      continue;
    }
    seen.set(id, row);
    const rec = current.get(id)!;
    if (rec.cycleId !== cycle.id) {
      plan.problems.push({
        row,
        column: ID_COLUMN,
        message: `recommendation ${rec.label} belongs to ${rec.cycleName}, not to ${cycle.name}: import it from that cycle`,
      });
      continue;
    }
    const diff = differing(rec, cells);
    if (diff.length === 0) {
      plan.unchanged++;
      continue;
    }
    const stamp = norm(cells[STAMP_COLUMN]);
    if (!stamp) {
      plan.problems.push({
        row,
        column: STAMP_COLUMN,
        message: "empty: only rows of an export of the tracker as currently recorded can be imported back",
      });
      continue;
    }
    if (stamp !== rec.stamp) {
      plan.conflicts.push({ row, recommendationId: id, label: rec.label, fields: diff });
      continue;
    }
    const outs = [planResponse(row, rec, cells), planAssessment(row, rec, cells), planFollowUp(row, rec, cells)];
    for (const o of outs) {
      plan.problems.push(...o.problems);
      if (o.change) plan.changes.push({ ...o.change, row, recommendationId: id, label: rec.label, stamp });
    }
  }
  plan.problems.sort((a, b) => a.row - b.row);
  return plan;
}

/** The dry run's key: the same file, changes and conflicts give the same key; apply writes only under it. */
export function planKey(plan: Plan): string {
  const what = {
    sha256: plan.file.sha256,
    changes: plan.changes.map((c) => [c.row, c.kind, c.recommendationId, c.stamp, c.input]),
    conflicts: plan.conflicts.map((c) => [c.row, c.recommendationId]),
    problems: plan.problems.length,
  };
  return createHash("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 32);
}
