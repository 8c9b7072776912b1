import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { canonicalJson } from "@/lib/audit/hash";
import { tally } from "@/lib/dashboards/tally";
import { statusRows, tallies } from "@/lib/status/figures";
import { cycleCoverage } from "@/lib/status/coverage";
import { recordedAt, type Moment } from "@/lib/status/moment";
import { loadItems, type ReportItem } from "./items";
import type { ExportItem } from "./export-words";
import type { ReportOptions } from "./schema";

export const REPORT_BATCH = 100;

/** The report's moment: status on `on`, as recorded on `asOf` (lib/status/moment.ts). */
export const momentOfReport = (o: ReportOptions): Moment => ({ on: o.on ?? null, asOf: o.asOf ?? null });

/**
 * The cycle header, report structure and summary figures: the same figures
 * (lib/status/figures.ts) as the dashboards, at the report's moment.
 */
export async function reportHeader(slug: string, options: ReportOptions) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      year: true,
      title: true,
      electionDate: true,
      finalReportTitle: true,
      finalReportDate: true,
      finalReportPlace: true,
      recommendationCount: true,
      country: { select: { id: true, name: true } },
      claims: { orderBy: { key: "asc" }, select: { claimant: true, statement: true } },
      sections: {
        orderBy: [{ order: "asc" }],
        select: { id: true, parentId: true, key: true, title: true, leadIn: true, order: true },
      },
    },
  });
  if (!cycle) return null;
  // The audit chain's head when the report is made, printed in its header so a reader can tie the report to a
  // point of the history (and check it with `npm run audit:verify`). Read before the figures: the report shows
  // at least everything up to it.
  const auditHead = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const m = momentOfReport(options);
  const scope = { cycleIds: [cycle.id] };
  const [all, pri, sec, previous, cov] = await Promise.all([
    tallies(m, scope, "all"),
    tallies(m, scope, "priority"),
    tallies(m, scope, "section"),
    db.electionCycle.findFirst({
      where: { countryId: cycle.country.id, year: { lt: cycle.year } },
      orderBy: { year: "desc" },
      select: { id: true, slug: true, year: true, title: true },
    }),
    cycleCoverage(m, cycle.id),
  ]);
  // "Changes since": the status on that earlier day, as recorded at the same moment.
  const [then, prev] = await Promise.all([
    options.since ? tallies({ ...m, on: options.since }, scope, "all") : Promise.resolve(null),
    previous ? tallies(m, { cycleIds: [previous.id] }, "all") : Promise.resolve(null),
  ]);
  const top = cycle.sections.filter((s) => s.parentId === null);
  return {
    cycle,
    auditHead,
    moment: m,
    asOf: recordedAt(m),
    coverage: cov,
    summary: {
      total: all.get(null) ?? tally([]),
      byPriority: (["PRIORITY", "OTHER", "UNSPECIFIED"] as const)
        .filter((p) => pri.has(p))
        .map((p) => ({ key: p, tally: pri.get(p)! })),
      bySection: [
        ...top
          .filter((s) => sec.has(s.id))
          .map((s) => ({ key: s.id as string | null, label: s.title, tally: sec.get(s.id)! })),
        ...(sec.has(null) ? [{ key: null, label: "No section", tally: sec.get(null)! }] : []),
      ],
    },
    since: options.since && then ? { date: options.since, tally: then.get(null) ?? tally([]) } : null,
    previous:
      previous && prev
        ? { slug: previous.slug, year: previous.year, title: previous.title, tally: prev.get(null) ?? tally([]) }
        : null,
  };
}
export type ReportHeader = NonNullable<Awaited<ReturnType<typeof reportHeader>>>;

/**
 * The report's items in report order at the report's moment, a batch at a
 * time (never the whole cycle in memory), filtered by the chosen statuses.
 */
export async function* reportItems(cycleId: string, m: Moment, options: ReportOptions): AsyncGenerator<ReportItem[]> {
  if (options.content === "summary") return;
  const filter = { state: options.status, independent: options.independent };
  const rows = await statusRows(m, { cycleIds: [cycleId] }, filter);
  for (let i = 0; i < rows.length; i += REPORT_BATCH) {
    const items = await loadItems(
      m,
      rows.slice(i, i + REPORT_BATCH).map((r) => r.id),
    );
    if (items.length) yield items;
  }
}

/** A short fingerprint of what a report shows (not when it was generated). */
export class Fingerprint {
  private hash = createHash("sha256");
  add(part: unknown): void {
    this.hash.update(canonicalJson(part));
    this.hash.update("\n");
  }
  digest(): string {
    return this.hash.digest("hex").slice(0, 16);
  }
}

/** What the header contributes: the data and the selection, not the layout or paper size. */
export function headerFingerprintPart(h: ReportHeader, options: ReportOptions) {
  // The language is how the report is worded, like layout and paper; the texts it quotes in translation are
  // data, and `addItems` takes them in.
  const { paper: _paper, layout: _layout, lang: _lang, ...selection } = options;
  // Everything the report's header shows (finished files are kept by fingerprint: lib/reports/file-cache.ts),
  // without ids; not the instant of "now", which is not data.
  const { id: _id, country, sections, ...cycle } = h.cycle;
  return {
    cycle: { ...cycle, country: country.name, sections: sections.map((s) => [s.key, s.title, s.leadIn, s.order]) },
    selection,
    coverage: h.coverage,
    total: h.summary.total,
    byPriority: h.summary.byPriority,
    bySection: h.summary.bySection.map((s) => [s.label, s.tally]),
    since: h.since,
    previous: h.previous && { year: h.previous.year, title: h.previous.title, tally: h.previous.tally },
    // Not h.auditHead: the fingerprint is about the data shown, and any event (in any cycle, or a sign-in
    // setting) moves the head. The head is printed beside the time of generation instead, and like it is
    // part of a kept file: a file served from the cache names the head it was generated at.
  };
}

/**
 * Items are hashed one by one and without database ids or row stamps (which are made of ids), so the same data
 * gives the same fingerprint anywhere. The spreadsheet formats also show ids and stamps: their cached files are
 * keyed by `rowsKey` as well (lib/reports/file-cache.ts).
 */
export function addItems(fp: Fingerprint, items: ExportItem[], rows?: Fingerprint): void {
  for (const { id, stamp, responseId: _responseId, reading, ...shown } of items) {
    fp.add(shown);
    // A translation shown (and who made it, whether official) is part of what the report shows; an original is
    // already in `shown`, so a report without translations keeps the fingerprint of its English form.
    if (reading && (!reading.text.isOriginal || (reading.response && !reading.response.isOriginal))) fp.add(reading);
    rows?.add([id, stamp]);
  }
}
