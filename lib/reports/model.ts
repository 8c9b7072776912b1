import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { canonicalJson } from "@/lib/audit/hash";
import { cycleDashboard, overview } from "@/lib/dashboards/queries";
import { replay } from "@/lib/history/replay";
import { buildItem, type ReportItem } from "./items";
import { endOfDay, type ReportOptions } from "./schema";

export const REPORT_BATCH = 100;

/** The cycle header, report structure and summary figures (same queries as the dashboards). */
export async function reportHeader(slug: string, options: ReportOptions) {
  const db = await prisma();
  const cycle = await db.electionCycle.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, year: true, title: true, electionDate: true, finalReportTitle: true, finalReportDate: true, finalReportPlace: true,
      country: { select: { id: true, name: true } },
      claims: { orderBy: { key: "asc" }, select: { claimant: true, statement: true } },
      sections: { orderBy: [{ order: "asc" }], select: { id: true, parentId: true, key: true, title: true, leadIn: true, order: true } },
    },
  });
  if (!cycle) return null;
  const asOf = options.asOf ? endOfDay(options.asOf) : new Date();
  const [dash, previous, then] = await Promise.all([
    cycleDashboard(slug, asOf, null, null),
    db.electionCycle.findFirst({ where: { countryId: cycle.country.id, year: { lt: cycle.year } }, orderBy: { year: "desc" }, select: { slug: true } }),
    options.since ? overview(endOfDay(options.since), null) : Promise.resolve(null),
  ]);
  const prevTally = previous ? (await overview(asOf, null)).find((c) => c.slug === previous.slug) : null;
  return {
    cycle,
    asOf,
    summary: dash!,
    since: options.since && then ? { date: options.since, tally: then.find((c) => c.slug === slug)!.tally } : null,
    previous: prevTally ? { slug: prevTally.slug, year: prevTally.year, title: prevTally.title, tally: prevTally.tally } : null,
  };
}
export type ReportHeader = NonNullable<Awaited<ReturnType<typeof reportHeader>>>;

function matches(item: ReportItem, o: ReportOptions): boolean {
  if (o.status && (item.response?.status ?? "NO_RESPONSE") !== o.status) return false;
  if (o.independent && (item.assessment?.status ?? "NOT_YET_ASSESSED") !== o.independent) return false;
  return true;
}

/**
 * The report's items in report order, rebuilt from the audit history as of
 * the chosen moment, a batch at a time (never the whole cycle in memory).
 */
export async function* reportItems(cycleId: string, asOf: Date, options: ReportOptions): AsyncGenerator<ReportItem[]> {
  if (options.content === "summary") return;
  const db = await prisma();
  const [docs, institutions] = await Promise.all([
    db.document.findMany({ select: { id: true, title: true } }),
    db.institution.findMany({ select: { id: true, name: true } }),
  ]);
  const docTitle = new Map(docs.map((d) => [d.id, d.title]));
  const instName = new Map(institutions.map((i) => [i.id, i.name]));
  const look = { documentTitle: (id: string) => docTitle.get(id) ?? null, institutionName: (id: string) => instName.get(id) ?? null };
  let cursor: { order: number; id: string } | null = null;
  for (;;) {
    const ids: { id: string; order: number }[] = await db.recommendation.findMany({
      where: cursor ? { cycleId, OR: [{ order: { gt: cursor.order } }, { order: cursor.order, id: { gt: cursor.id } }] } : { cycleId },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      take: REPORT_BATCH,
      select: { id: true, order: true },
    });
    if (ids.length === 0) return;
    const events = await db.auditEvent.findMany({
      where: { recommendationId: { in: ids.map((r) => r.id) }, occurredAt: { lte: asOf } },
      orderBy: { seq: "asc" },
      select: { seq: true, action: true, entityType: true, entityId: true, changes: true, recommendationId: true },
    });
    const byRec = new Map<string, typeof events>();
    for (const e of events) byRec.set(e.recommendationId!, [...(byRec.get(e.recommendationId!) ?? []), e]);
    const items = ids
      .map((r) => buildItem(r.id, [...replay(byRec.get(r.id) ?? []).values()], look))
      .filter((i): i is ReportItem => i !== null && matches(i, options));
    if (items.length) yield items;
    if (ids.length < REPORT_BATCH) return;
    cursor = ids[ids.length - 1]!;
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
  const { paper: _paper, layout: _layout, ...selection } = options;
  return { cycle: h.cycle.slug, selection, total: h.summary.total, byPriority: h.summary.byPriority };
}

/** Items are hashed one by one and without database ids, so the same data gives the same fingerprint anywhere. */
export function addItems(fp: Fingerprint, items: ReportItem[]): void {
  for (const { id: _id, ...shown } of items) fp.add(shown);
}
