// What the dry run page shows of a plan: words, rows and links, never inputs or raw values.
import type { Plan } from "./schema";

export interface PlanView {
  key: string;
  applied: boolean;
  file: { name: string; sha256: string; kind: "CSV" | "XLSX"; rows: number };
  problems: string[];
  conflicts: {
    row: number;
    label: string;
    href: string;
    fields: { column: string; sheet: string; tracker: string }[];
  }[];
  changes: { row: number; label: string; href: string; words: string }[];
  unchanged: number;
}

export function planView(p: Plan, key: string, applied: boolean): PlanView {
  const href = (id: string) => `/recommendations/${encodeURIComponent(id)}`;
  return {
    key,
    applied,
    file: {
      name: p.file.name,
      sha256: p.file.sha256,
      kind: p.file.kind === "xlsx" ? "XLSX" : "CSV",
      rows: p.file.rows,
    },
    problems: p.problems.map((x) => `Row ${x.row}${x.column ? `, ${x.column}` : ""}: ${x.message}`),
    conflicts: p.conflicts.map((c) => ({
      row: c.row,
      label: c.label,
      href: href(c.recommendationId),
      fields: c.fields,
    })),
    changes: p.changes.map((c) => ({ row: c.row, label: c.label, href: href(c.recommendationId), words: c.words })),
    unchanged: p.unchanged,
  };
}
