// The row stamp of a spreadsheet export: a short hash of a recommendation's
// response, assessment and follow-up entries (ids and versions, withdrawn or
// not, internal or not). Any new entry, correction or withdrawal changes it,
// so the spreadsheet import can tell a row the tracker changed since the export
// (a conflict) from a row only the sheet changed (lib/sheet-import/plan.ts).
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/audit/record";

export interface StampEntry {
  recommendationId: string;
  kind: "R" | "A" | "F";
  id: string;
  version: number;
}

/** "v" and 12 hex digits; the same for the same entries in any order. */
export function rowStamp(entries: Omit<StampEntry, "recommendationId">[]): string {
  const parts = entries.map((e) => `${e.kind}:${e.id}:${e.version}`).sort();
  // A letter first: a spreadsheet never reads it as a number (and never drops a leading zero).
  return `v${createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 12)}`;
}

/** The current stamps of these recommendations (read inside the import's transaction too). */
export async function rowStamps(db: PrismaClient | Tx, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const inIds = Prisma.join(ids);
  const rows = await db.$queryRaw<StampEntry[]>`
    SELECT recommendation_id AS "recommendationId", 'R' AS kind, id, version FROM state_responses WHERE recommendation_id IN (${inIds})
    UNION ALL
    SELECT recommendation_id, 'A', id, version FROM assessments WHERE recommendation_id IN (${inIds})
    UNION ALL
    SELECT recommendation_id, 'F', id, version FROM follow_ups WHERE recommendation_id IN (${inIds})`;
  const by = new Map<string, StampEntry[]>(ids.map((id) => [id, []]));
  for (const r of rows) by.get(r.recommendationId)?.push({ ...r, version: Number(r.version) });
  for (const [id, entries] of by) out.set(id, rowStamp(entries));
  return out;
}
