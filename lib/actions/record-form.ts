// A stored record as the values of its form (for a rebased stale form):
// text as is, empty for nothing, days as YYYY-MM-DD, checkboxes as "on",
// a real-world date as the date fields it is entered with.
import { datedToForm, isoDay, type Dated } from "@/lib/dated";

const DATED = new Set(["datePrecision", "dateFrom", "dateTo", "dateNote"]);

function asDate(v: unknown): Date | null {
  if (v instanceof Date) return v;
  return typeof v === "string" && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;
}

export function recordToForm(record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    if (DATED.has(k)) continue;
    if (v === null || v === undefined) out[k] = "";
    else if (typeof v === "boolean") out[k] = v ? "on" : "";
    else if (v instanceof Date) out[k] = isoDay(v);
    else out[k] = String(v);
  }
  if (typeof record.datePrecision === "string" && asDate(record.dateTo)) {
    Object.assign(
      out,
      datedToForm({
        datePrecision: record.datePrecision as Dated["datePrecision"],
        dateFrom: asDate(record.dateFrom),
        dateTo: asDate(record.dateTo)!,
        dateNote: typeof record.dateNote === "string" ? record.dateNote : null,
      }),
    );
  }
  return out;
}
