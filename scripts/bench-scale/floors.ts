// The SQL floor of each page: the lib/ functions the page calls, run
// in-process against the same database (no HTTP, no rendering), timed with
// medians and p95; on PostgreSQL also EXPLAIN ANALYZE of each page's slowest
// statement. Runs as its own process with the react-server condition (the
// query modules are server-only):
//   node --conditions=react-server --import tsx scripts/bench-scale/floors.ts <in.json> <out.json>
// When a page's code changes, this is the one place to follow it.
import { readFileSync, writeFileSync } from "node:fs";
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { explain, installCapture, type Statement } from "./capture-sql";
import { timeIt, type Timing } from "./stats";

export interface FloorInput {
  target: DatabaseTarget;
  slug: string;
  recId: string;
  viewerId: string;
  editorId: string;
  runs: number;
  budgetMs: number;
  explain: boolean;
}

export interface Floor {
  key: string;
  timing: Timing | null;
  error: string | null;
  statements: number | null;
  slowest: { ms: number; sql: string; plan: string | null } | null;
}

const [input, output] = process.argv.slice(2);
const o = JSON.parse(readFileSync(input!, "utf8")) as FloorInput;
const capture = o.explain && "url" in o.target ? installCapture() : null;
const db = await openDatabase(o.target);
(globalThis as unknown as { __trackerDb?: Promise<typeof db> }).__trackerDb = Promise.resolve(db);

// Imported once the database is set: lib/db/client reads it from globalThis.
const { NOW } = await import("@/lib/status/moment");
const { overview, cycleDashboard, drillDown } = await import("@/lib/dashboards/queries");
const { listCycles, getCycle } = await import("@/lib/cycles/queries");
const { reportHeader } = await import("@/lib/reports/model");
const { parseReportOptions } = await import("@/lib/reports/schema");
const { collectReport, computeFingerprint, exportItems } = await import("@/lib/reports/export-run");
const { recommendationAt } = await import("@/lib/recommendations/view");
const { listActiveInstitutions, recommendationContext } = await import("@/lib/recommendations/queries");
const { recommendationHistory } = await import("@/lib/history/timeline");
const { linksOf } = await import("@/lib/links/queries");
const { drillContext } = await import("@/lib/dashboards/queries");
const { listAuditEvents, auditFilterOptions } = await import("@/lib/audit/queries");
const { parseAuditFilter } = await import("@/lib/audit/schema");
const { findActiveUser } = await import("@/lib/users/queries");
const { search, searchFilterOptions } = await import("@/lib/search/queries");
const { SEARCH_QUERY } = await import("./pages");

const options = parseReportOptions({}).options;
const header = async () => {
  const h = await reportHeader(o.slug, options);
  if (!h) throw new Error(`no cycle ${o.slug}`);
  return h;
};
// Every page first looks up the signed-in user (lib/auth/session.ts).
const as = (userId: string, fn: () => Promise<unknown>) => async () => Promise.all([findActiveUser(userId), fn()]);

const FLOORS: Record<string, () => Promise<unknown>> = {
  "select-1": () => db.sql.query("SELECT 1"),
  dashboards: as(o.viewerId, () => overview(NOW, {}, 1)),
  "cycle-dashboard": as(o.viewerId, () => cycleDashboard(o.slug, NOW, {}, null, false)),
  cycles: as(o.viewerId, () => listCycles(1, NOW)),
  cycle: as(o.viewerId, () => getCycle(o.slug, {}, NOW)),
  report: as(o.viewerId, async () => collectReport(await header(), options)),
  // The download route: a fingerprint pass, then the items streamed again.
  "report-csv": as(o.viewerId, async () => {
    const h = await header();
    await computeFingerprint(h, options);
    for await (const batch of exportItems(h, options)) void batch;
  }),
  // As app/recommendations/[id]/page.tsx: where it sits, then its series, history, links and form options.
  recommendation: as(o.editorId, async () => {
    await recommendationContext(o.recId);
    return Promise.all([
      recommendationAt(o.recId, NOW, true),
      recommendationHistory(o.recId, {}),
      linksOf(o.recId),
      listActiveInstitutions(),
    ]);
  }),
  audit: as(o.editorId, () =>
    Promise.all([listAuditEvents(parseAuditFilter({}).filter, false), auditFilterOptions(undefined)]),
  ),
  "drill-down": as(o.viewerId, async () => {
    const context = await drillContext(o.slug, {});
    if (!context) throw new Error(`no cycle ${o.slug}`);
    return drillDown(context.cycle.id, NOW, {}, { state: "IMPLEMENTED" });
  }),
  // As app/search/page.tsx (a viewer: no internal notes): one page of hits and the filters' choices.
  search: as(o.viewerId, () =>
    Promise.all([search(SEARCH_QUERY, {}, { includeInternal: false }), searchFilterOptions(undefined)]),
  ),
  "search-cycle": as(o.viewerId, () =>
    Promise.all([search(SEARCH_QUERY, { cycle: o.slug }, { includeInternal: false }), searchFilterOptions(o.slug)]),
  ),
};
// The PDF's SQL is the CSV's: same route, same passes; only the rendering differs.
FLOORS["report-pdf"] = FLOORS["report-csv"]!;

async function slowestOf(fn: () => Promise<unknown>): Promise<{ count: number; slowest: Statement | undefined }> {
  const statements = await capture!.record(fn);
  return { count: statements.length, slowest: statements[0] };
}

const results: Floor[] = [];
try {
  for (const [key, fn] of Object.entries(FLOORS)) {
    const r: Floor = { key, timing: null, error: null, statements: null, slowest: null };
    try {
      r.timing = await timeIt(fn, o.runs, o.budgetMs);
      if (capture && key !== "select-1") {
        const { count, slowest } = await slowestOf(fn);
        r.statements = count;
        if (slowest)
          r.slowest = {
            ms: Math.round(slowest.ms * 10) / 10,
            sql: slowest.text,
            plan: await explain(db.sql, slowest).catch((e: Error) => `EXPLAIN failed: ${e.message}`),
          };
      }
    } catch (error) {
      r.error = (error as Error).message.split("\n")[0]!.slice(0, 300);
    }
    results.push(r);
    process.stderr.write(
      `  floor ${key}: ${r.error ? `error: ${r.error}` : `p50 ${r.timing!.p50} ms, p95 ${r.timing!.p95} ms (n=${r.timing!.n})`}\n`,
    );
  }
} finally {
  await db.close();
}
writeFileSync(output!, JSON.stringify(results, null, 2));
