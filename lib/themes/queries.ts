// Themes for forms and pages, and the theme dashboard: every recommendation of a theme across cycles with its
// status (lib/status: nothing is computed here), and the counts per cycle.
import "server-only";
import { byName, compareText } from "@/lib/collate";
import { prisma } from "@/lib/db/client";
import { tally } from "@/lib/dashboards/tally";
import { recommendationsAt } from "@/lib/recommendations/view";
import { statusRows, tallies } from "@/lib/status/figures";
import type { Moment } from "@/lib/status/moment";
import type { StatusOptions } from "@/lib/status/sql";

/** Every theme, by name (admins see the inactive ones too; forms offer the active ones). */
export async function themeList(opts: { activeOnly?: boolean } = {}) {
  const db = await prisma();
  return byName(
    await db.theme.findMany({
      where: opts.activeOnly ? { active: true } : {},
      orderBy: { name: "asc" },
      select: { id: true, name: true, active: true, version: true, _count: { select: { recommendations: true } } },
    }),
  );
}
export type ThemeItem = Awaited<ReturnType<typeof themeList>>[number];

/** The themes a recommendation has, by name. */
export async function themesOf(recommendationId: string) {
  const db = await prisma();
  const rows = await db.recommendationTheme.findMany({
    where: { recommendationId },
    select: { theme: { select: { id: true, name: true, active: true } } },
    orderBy: { theme: { name: "asc" } },
  });
  return byName(rows.map((r) => r.theme));
}

/**
 * The themes of each recommendation, by name: the one query every export (CSV, XLSX, JSON) and the read API take
 * them from. Themes as given now, whatever the report's moment (they have no versions: lib/status/sql.ts).
 */
export async function themeNames(recommendationIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (recommendationIds.length === 0) return out;
  const db = await prisma();
  const rows = await db.recommendationTheme.findMany({
    where: { recommendationId: { in: recommendationIds } },
    select: { recommendationId: true, theme: { select: { name: true } } },
  });
  for (const r of rows) out.set(r.recommendationId, [...(out.get(r.recommendationId) ?? []), r.theme.name]);
  for (const names of out.values()) names.sort(compareText());
  return out;
}

/** The theme dashboard: each recommendation of the theme in every cycle, with both lenses, oldest cycle first. */
export async function themeDashboard(themeId: string, m: Moment, o: StatusOptions) {
  const db = await prisma();
  const theme = await db.theme.findUnique({ where: { id: themeId }, select: { id: true, name: true, active: true } });
  if (!theme) return null;
  const scope = { themeId };
  const [rows, byCycle] = await Promise.all([statusRows(m, scope, {}, o), tallies(m, scope, "cycle", o)]);
  const cycles = await db.electionCycle.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.cycleId))] } },
    orderBy: [{ year: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, year: true, title: true, country: { select: { name: true } } },
  });
  // The text as recorded at the moment, like every drill-down list.
  const texts = await recommendationsAt(
    m,
    rows.map((r) => r.id),
  );
  return {
    theme,
    total: tally([...byCycle.values()].flatMap((t) => cellsOf(t))),
    cycles: cycles.map((c) => ({
      ...c,
      tally: byCycle.get(c.id) ?? tally([]),
      items: rows
        .filter((r) => r.cycleId === c.id)
        .map((r) => ({
          id: r.id,
          label: r.label,
          number: texts.get(r.id)?.number ?? 0,
          leadIn: texts.get(r.id)?.leadIn ?? null,
          text: texts.get(r.id)?.text ?? "",
          state: r.state,
          independent: r.independent,
        })),
    })),
  };
}
export type ThemeDashboard = NonNullable<Awaited<ReturnType<typeof themeDashboard>>>;

/** A tally back into its cells, so per-cycle tallies add up through the one `tally` function. */
function cellsOf(t: ReturnType<typeof tally>) {
  return Object.entries(t.cross).flatMap(([state, row]) =>
    Object.entries(row).map(([independent, n]) => ({ state, independent, n }) as Parameters<typeof tally>[0][number]),
  );
}
