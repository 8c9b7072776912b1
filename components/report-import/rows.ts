// The preview's edits as pure functions of the list of items (unit-tested): move, split at the first
// paragraph break, merge with the previous item, drop.
import type { Row, RowAction } from "./preview-item";

let next = 1;
export const withKey = <T extends object>(item: T): T & { key: number } => ({ ...item, key: next++ });

export function applyRowAction(rows: Row[], i: number, action: RowAction): Row[] {
  const out = [...rows];
  const row = out[i];
  if (!row) return rows;
  switch (action) {
    case "up":
    case "down": {
      const j = action === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= out.length) return rows;
      [out[i], out[j]] = [out[j]!, row];
      return out;
    }
    case "split": {
      const parts = row.text.split(/\n\s*\n/);
      if (parts.length < 2) return rows;
      const [first, ...restParts] = parts;
      // The new item keeps the place in the report; its label is for the editor to give.
      const second: Row = withKey({ ...row, label: "", text: restParts.join("\n\n").trim(), response: null });
      out.splice(i, 1, { ...row, text: first!.trim() }, second);
      return out;
    }
    case "merge": {
      const prev = out[i - 1];
      if (!prev) return rows;
      out.splice(i - 1, 2, {
        ...prev,
        text: `${prev.text}\n\n${row.text}`,
        response: prev.response ?? row.response,
      });
      return out;
    }
    case "drop":
      out.splice(i, 1);
      return out;
  }
}

/** The server's messages for "items.3.label" and the like, by item index. */
export function itemErrors(fieldErrors: Record<string, string[]>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const m = /^items\.(\d+)(?:\.(.+))?$/.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    out.set(i, [...(out.get(i) ?? []), ...messages]);
  }
  return out;
}
