// `npm run soak -- [--minutes N] [--readers R] [--editors E]`: the built app on PostgreSQL, loaded for minutes
// by concurrent readers and editors, on this machine only. Passes when no answer was a 5xx (or a dropped
// connection), no acknowledged save is missing or overwritten, no refused save was written, the audit chain and
// the tables verify, and (on runs long enough to judge) memory stays flat. Figures: docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { ensureTemplate, runCopy } from "../bench-scale/database";
import { load } from "../bench-scale/machine";
import { build, start } from "../bench-scale/server";
import { shapeOf, SIZES } from "../bench-scale/shape";
import { signIn } from "../bench-scale/sign-in";
import { readTargets } from "../bench-scale/targets";
import { verifyCopy } from "../bench-scale/verify-copy";
import { actionId } from "../bench-scale/writes";
import { assertLoopback, parseArgs } from "./args";
import { checkLedger } from "./check";
import { editor, newLedger } from "./editors";
import { memoryReport, sampler } from "./memory";
import { reader, readPaths } from "./readers";
import { keep, printTable, serverLogSummary } from "./report";
import { Tally, timed } from "./tally";

const args = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const log = (s: string) => console.log(`[soak ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`);

let ownPg = false;
let adminUrl = args.databaseUrl;
const pgEnv = { ...process.env, PG_TEST_PORT: String(args.pgPort) };
const stopPg = () => ownPg && execFileSync("scripts/pg-test-server.sh", ["stop"], { env: pgEnv, stdio: "inherit" });
if (!adminUrl) {
  log(`starting a throw-away PostgreSQL on 127.0.0.1:${args.pgPort}`);
  adminUrl = execFileSync("scripts/pg-test-server.sh", ["start"], { env: pgEnv, encoding: "utf8" }).trim();
  ownPg = true;
}
const problems: string[] = [];
try {
  assertLoopback("the database (--database-url)", adminUrl);
  if (args.build) build({ reuse: false, skipTypeCheck: false, paths: null }, log);
  else build({ reuse: true, skipTypeCheck: false, paths: null }, log);
  const add = actionId("lib/follow-ups/actions.ts", "addFollowUpAction");
  const correct = actionId("lib/follow-ups/actions.ts", "correctFollowUpAction");
  if (!add || !correct) throw new Error("The build has no follow-up actions: run with --build");

  const template = await ensureTemplate({
    engine: "postgres",
    size: "smoke",
    shape: shapeOf(SIZES.smoke),
    adminUrl,
    reuse: true,
    log,
  });
  const copy = await runCopy("postgres", "smoke", adminUrl);
  const targets = await readTargets(copy.target, template);
  const runUrl = (copy.target as { url: string }).url;
  const heap: Record<string, string> = args.appHeapMb ? { NODE_OPTIONS: `--max-old-space-size=${args.appHeapMb}` } : {};
  const server = await start(args.port, { ...copy.env, WEB_CONCURRENCY: String(args.workers), ...heap }, log);
  assertLoopback("the app", server.base);
  const db = new pg.Pool({ connectionString: runUrl, max: 4 });
  const tally = new Tally();
  const ledger = newLedger();
  let memory;
  let results: Record<string, unknown> = {};
  try {
    const viewer = await signIn(server.base, template.users.viewer);
    const editors = await Promise.all(template.users.writers.slice(0, args.editors).map((w) => signIn(server.base, w)));
    if (targets.writeRecIds.length < editors.length) throw new Error("fewer recommendations than editors");
    const seconds = args.minutes * 60;
    log(
      `${args.readers} readers and ${editors.length} editors for ${seconds} s against ${server.base} ` +
        `(${args.workers} app processes; load ${load().join(" / ")})`,
    );
    const started = performance.now();
    const until = started + seconds * 1000;
    const mem = sampler(server.pid, args.sampleSeconds, started);
    const paths = readPaths(targets.slug, targets.writeRecIds.slice(0, editors.length));
    const progress = setInterval(
      () => log(`${tally.requests} requests, ${ledger.adds.length + ledger.fixes.length} saves so far`),
      30_000,
    );
    const entries: { id: string; recId: string }[] = [];
    await Promise.all([
      ...Array.from({ length: args.readers }, (_, i) =>
        reader({ base: server.base, cookie: viewer, paths, until, tally, offset: i }),
      ),
      ...editors.map((cookie, i) =>
        editor({
          base: server.base,
          cookie,
          recId: targets.writeRecIds[i]!,
          actions: { add, correct },
          db,
          entries,
          ledger,
          tally,
          until,
          tag: `${Date.now().toString(36)}-${i + 1}`,
        }),
      ),
    ]);
    clearInterval(progress);
    mem.stop();
    // Refusals at the end (so their lines are in the kept tail of the server's output): an anonymous API call,
    // and a sign-in body over its 16 KB limit, refused by proxy.ts. Both must answer with a request id and be logged.
    await timed(tally, "refused-api", `${server.base}/api/v1/cycles`, {}, 401);
    await timed(
      tally,
      "refused-body",
      `${server.base}/api/auth/callback/credentials`,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `email=${"x".repeat(20 * 1024)}`,
      },
      413,
    );
    await new Promise((r) => setTimeout(r, 500)); // the lines are written after the answers
    const elapsed = (performance.now() - started) / 1000;
    // Warm-up: the first quarter of the run, at least 30 s and at most 90 s (caches, JIT, connection pools).
    memory = memoryReport(mem.samples, Math.min(90, Math.max(30, seconds / 4)));
    const saves = tally.summary().filter((k) => k.kind.startsWith("save-"));
    const figures = {
      seconds: Math.round(elapsed),
      readers: args.readers,
      editors: editors.length,
      workers: args.workers,
      requests: tally.requests,
      perSecond: Math.round((tally.requests / elapsed) * 10) / 10,
      serverErrors: tally.serverErrors,
      networkErrors: tally.networkErrors,
      unexpectedStatuses: tally.unexpected,
      withoutRequestId: tally.withoutRequestId,
      savesAttempted: saves.reduce((s, k) => s + k.n, 0),
      acknowledged: { adds: ledger.adds.length, corrections: ledger.fixes.length },
      conflicts: { staleRefused: ledger.staleRefused, raced: ledger.raceConflicts },
      staleAccepted: ledger.staleAccepted.length,
      otherFailures: ledger.otherFailures.slice(0, 5),
      examples: tally.examples,
    };
    const serverLog = serverLogSummary(server.since(0));
    console.log(JSON.stringify(figures, null, 1));
    printTable(tally);
    console.log(`memory (RSS of the app's ${memory.processes.join("/")} processes): ${JSON.stringify(memory)}`);
    console.log(`server log (its last ~50-100 KB): ${JSON.stringify(serverLog)}`);
    // The curve, a mean per half minute, to see a plateau or a steady climb.
    const halves = new Map<number, number[]>();
    for (const x of mem.samples) {
      const k = Math.floor(x.t / 30) * 30;
      halves.set(k, [...(halves.get(k) ?? []), x.rss]);
    }
    const curve = [...halves].map(
      ([t, xs]) => `${t}s ${Math.round(xs.reduce((a, b) => a + b, 0) / xs.length / 1048576)}`,
    );
    console.log(`RSS MB by half minute: ${curve.join(", ")}`);
    results = { args, figures, perKind: tally.summary(), memory, curve, samples: mem.samples, serverLog };
    if (serverLog.doneWithoutRequestId > 0) problems.push("saved changes were logged without a request id");
    if (!serverLog.events["action.done"]) problems.push("the server logged no saved change");
    if ((serverLog.events["request.refused"] ?? 0) < 2) problems.push("the server did not log the two refusals");
    if (tally.serverErrors > 0) problems.push(`${tally.serverErrors} answers were 5xx`);
    if (tally.networkErrors > 0) problems.push(`${tally.networkErrors} requests failed without an answer`);
    if (tally.unexpected > 0) problems.push(`${tally.unexpected} answers had an unexpected status`);
    if (tally.withoutRequestId > 0) problems.push(`${tally.withoutRequestId} answers had no X-Request-Id`);
    if (ledger.staleAccepted.length > 0) problems.push(`${ledger.staleAccepted.length} stale forms were saved`);
    if (ledger.otherFailures.length > 0) problems.push(`${ledger.otherFailures.length} saves failed otherwise`);
    if (ledger.adds.length === 0 || ledger.fixes.length === 0) problems.push("no save of some kind was acknowledged");
    if (ledger.staleRefused === 0) problems.push("no stale form was tried");
    if (memory.replacedProcesses > 0) problems.push(`${memory.replacedProcesses} app processes died and were replaced`);
    if (memory.flat === false) problems.push(`memory grew ${memory.slopeMbPerMinute} MB/min after the warm-up`);
  } finally {
    await server.stop();
  }
  log("checking every acknowledged and refused save against the tables and the audit log");
  const check = await checkLedger(db, ledger);
  await db.end();
  log("audit:verify of the run database (the chain, and the tables against a replay of the log)");
  const verify = await verifyCopy(copy.target);
  console.log(
    JSON.stringify({ check: { ...check, lost: check.lost.slice(0, 10), written: check.written.slice(0, 10) } }),
  );
  console.log(
    JSON.stringify({
      verify: { chain: verify.chain, tables: { ...verify.tables, problems: verify.tables.problems.slice(0, 5) } },
    }),
  );
  log(`figures kept in ${keep({ ...results, check, verify })}`);
  if (check.lost.length > 0) problems.push(`${check.lost.length} acknowledged saves lost or overwritten`);
  if (check.written.length > 0) problems.push(`${check.written.length} refused or unacknowledged saves written`);
  if (!verify.chain.ok) problems.push(`audit chain: ${verify.chain.problem}`);
  if (!verify.tables.ok) problems.push("audit:verify: the tables differ from the replay of the log");
} catch (error) {
  problems.push((error as Error).message);
} finally {
  stopPg();
}
if (problems.length > 0) {
  console.error(`soak: FAILED: ${problems.join("; ")}`);
  process.exit(1);
}
log("soak: passed (no 5xx, nothing lost, chain and tables verified)");
