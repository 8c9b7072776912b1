// `npm run bench` (react-server conditions, so the server-only query modules load): medians of the main read paths on a throw-away in-memory
// PGlite (or DATABASE_URL's server with --postgres), with a floor measured in
// the same run (a `SELECT 1` round trip) so figures compare across noisy machines.
// The data: the real seed plus N generated follow-ups/assessments per 2011 item
// (benchmark-only rows in a database that is discarded).
import { performance } from "node:perf_hooks";
import { openDatabase } from "../lib/db/client";
import { seedDatabase } from "../lib/seed/seed";
import { createUser } from "../lib/users/mutations";
import { addFollowUp } from "../lib/follow-ups/mutations";
import { addAssessment } from "../lib/assessments/mutations";
import { NewFollowUpSchema } from "../lib/follow-ups/schema";
import { NewAssessmentSchema } from "../lib/assessments/schema";

const perItem = Number(process.argv.find((a) => a.startsWith("--per-item="))?.split("=")[1] ?? 5);
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 15);
const db = await openDatabase(process.argv.includes("--postgres") && process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: "memory://" });
(globalThis as unknown as { __trackerDb?: Promise<typeof db> }).__trackerDb = Promise.resolve(db);
const { overview, cycleDashboard } = await import("../lib/dashboards/queries");
const { reportHeader, reportItems } = await import("../lib/reports/model");
const { ReportOptionsSchema } = await import("../lib/reports/schema");

async function median(label: string, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

try {
  await seedDatabase(db.prisma);
  const u = await createUser(db.prisma, { email: "bench@example.org", name: "Bench", role: "EDITOR", password: "bench-password-1" });
  const actor = { id: u.id, label: u.name };
  const recs = await db.prisma.recommendation.findMany({ where: { cycle: { slug: "kz-2011" } }, select: { id: true } });
  for (const r of recs) {
    for (let i = 0; i < perItem; i++) {
      await addFollowUp(db.prisma, actor, NewFollowUpSchema.parse({ recommendationId: r.id, actionDate: "2012-01-10", actionTaken: `Benchmark action ${i}` }));
      await addAssessment(db.prisma, actor, NewAssessmentSchema.parse({ recommendationId: r.id, status: "PARTIALLY_IMPLEMENTED", assessorType: "CIVIL_SOCIETY", assessedOn: "2013-01-01", rationale: `Benchmark ${i}` }));
    }
  }
  const events = await db.prisma.auditEvent.count();
  const floor = await median("floor", () => db.sql.query("SELECT 1"));
  const now = new Date();
  const options = ReportOptionsSchema.parse({});
  const rows: [string, number][] = [
    ["overview (4 cycles, both lenses)", await median("overview", () => overview(now, null))],
    ["cycle dashboard kz-2011", await median("dashboard", () => cycleDashboard("kz-2011", now, null, "2012-01-01"))],
    ["report items kz-2011 (rebuilt from history)", await median("report", async () => {
      const h = (await reportHeader("kz-2011", options))!;
      for await (const _ of reportItems(h.cycle.id, h.asOf, options)) void _;
    })],
  ];
  console.log(`engine: ${db.kind}; audit events: ${events}; follow-ups+assessments per 2011 item: ${perItem}; runs: ${runs}`);
  console.log(`floor (SELECT 1 round trip) median: ${floor.toFixed(2)} ms`);
  for (const [label, ms] of rows) console.log(`${label.padEnd(46)} median ${ms.toFixed(1).padStart(8)} ms  = ${(ms / floor).toFixed(0).padStart(6)} × floor`);
} finally {
  await db.close();
}
