// Consecutive rows with the same group (cycles of one country), in order:
// the tables' row groups and the cycle list's country sections.
export interface RowGroup<T> {
  group: string | null;
  rows: T[];
}

export function consecutiveGroups<T>(rows: T[], groupOf: (r: T) => string | null | undefined): RowGroup<T>[] {
  const out: RowGroup<T>[] = [];
  for (const r of rows) {
    const g = groupOf(r) ?? null;
    const last = out[out.length - 1];
    if (last && last.group === g) last.rows.push(r);
    else out.push({ group: g, rows: [r] });
  }
  return out;
}

/** An id-safe slug of a group's name ("Bosnia and Herzegovina" → "bosnia-and-herzegovina"). */
export function groupSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "group"
  );
}
