// The tracker's side of a spreadsheet import: each recommendation the file
// names, with its editable cells exactly as an export of the tracker now
// writes them (lib/reports/export-rows.ts), and its row stamp.
import "server-only";
import { prisma } from "@/lib/db/client";
import { NOW } from "@/lib/status/moment";
import { loadItems } from "@/lib/reports/items";
import { cycleName, recommendationRow, RECOMMENDATION_COLUMNS, rowContext } from "@/lib/reports/export-text";
import { rowStamps } from "@/lib/reports/row-stamp";
import { EDITABLE_COLUMNS, ID_COLUMN, type CurrentRow } from "./plan";
import type { SheetFile } from "./schema";

const NO_HEADER_COVERAGE = { coverage: { recorded: 0, items: 0, expected: null } };

const ID = /^[a-z0-9]{20,40}$/;

/** The cycle an import goes into, named as people read it. */
export async function importCycle(id: string) {
  const db = await prisma();
  const c = await db.electionCycle.findUnique({
    where: { id },
    select: { id: true, slug: true, year: true, title: true },
  });
  return c && { id: c.id, slug: c.slug, name: cycleName(c) };
}

/** The recommendations the file names (any cycle), as the tracker holds them now. */
export async function currentRows(file: SheetFile): Promise<Map<string, CurrentRow>> {
  const ids = [...new Set(file.rows.map((r) => (r.cells[ID_COLUMN] ?? "").trim()).filter((id) => ID.test(id)))];
  const out = new Map<string, CurrentRow>();
  if (ids.length === 0) return out;
  const db = await prisma();
  const recs = await db.recommendation.findMany({
    where: { id: { in: ids } },
    select: { id: true, cycleId: true, label: true, cycle: { select: { year: true, title: true } } },
  });
  const items = await loadItems(
    NOW,
    recs.map((r) => r.id),
  );
  const stamps = await rowStamps(
    db,
    recs.map((r) => r.id),
  );
  // Only the editable cells are read; the rest of the row needs no cycle header (nor its coverage).
  const header = { cycle: { year: 0, title: "", sections: [] } } as unknown as Parameters<typeof recommendationRow>[0];
  const ctx = rowContext({}, { generatedAt: new Date(0), fingerprint: "" }, NO_HEADER_COVERAGE);
  const editable = RECOMMENDATION_COLUMNS.flatMap((c, i) =>
    (EDITABLE_COLUMNS as readonly string[]).includes(c.header) ? [[c.header, i] as const] : [],
  );
  for (const item of items) {
    const rec = recs.find((r) => r.id === item.id)!;
    const row = recommendationRow(header, item, ctx);
    out.set(item.id, {
      id: item.id,
      cycleId: rec.cycleId,
      cycleName: cycleName(rec.cycle),
      label: rec.label,
      stamp: stamps.get(item.id) ?? "",
      cells: Object.fromEntries(editable.map(([h, i]) => [h, String(row[i] ?? "")])),
    });
  }
  return out;
}
