// `npm run bench:scale`: build the production app, generate (or reuse) the
// database, time each page's SQL in-process (the SQL floors), start
// `next start` on a fresh copy of the data, sign in, load every read page
// and the static floor with autocannon, run the write test alone and with
// readers, check every acknowledged save, and print/write the results.
// Timings are reported, never asserted. See docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "./args";
import { BENCH_ROOT, ensureTemplate, runCopy } from "./database";
import type { FloorInput, Floor } from "./floors";
import { load, machine } from "./machine";
import { measure, type Load } from "./measure";
import { readPages, STATIC_FLOOR, type Page } from "./pages";
import { consoleReport, markdownReport, type PageRow, type Results } from "./report";
import { checkSaves } from "./check";
import { build, start } from "./server";
import { shapeOf, SIZES } from "./shape";
import { signIn } from "./sign-in";
import { readTargets } from "./targets";
import { writePhases } from "./write-phases";

const args = parseArgs(process.argv.slice(2));
const startedAt = new Date();
const log = (s: string) =>
  console.log(`[bench:scale ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const redacted = { ...args, databaseUrl: args.databaseUrl ? "(set)" : undefined };
log(`${args.engine}, size ${args.size}: ${JSON.stringify(redacted)}`);

const built =
  args.pages || args.writes
    ? build({ reuse: args.reuseBuild, skipTypeCheck: args.skipTypeCheck, paths: args.buildPaths ?? null }, log)
    : null;

const shape = shapeOf(SIZES[args.size]);
const templateStarted = performance.now();
const template = await ensureTemplate({
  engine: args.engine,
  size: args.size,
  shape,
  adminUrl: args.databaseUrl,
  reuse: args.reuseDb,
  log,
});
const reused = performance.now() - templateStarted < template.seconds * 1000 * 0.5;
const copy = await runCopy(args.engine, args.size, args.databaseUrl);
const targets = await readTargets(copy.target, template);
log(`run database: ${targets.events.toLocaleString("en")} audit events; measuring ${targets.slug}`);

// The SQL floors, in their own process (react-server conditions), before the server owns the database.
function floors(): Floor[] {
  const dir = path.join(BENCH_ROOT, "tmp");
  mkdirSync(dir, { recursive: true });
  const input: FloorInput = {
    target: copy.target,
    slug: targets.slug,
    recId: targets.recId,
    viewerId: targets.viewerId,
    editorId: targets.editorId,
    runs: args.floorRuns,
    budgetMs: 30_000,
    explain: args.explain,
  };
  const inFile = path.join(dir, "floors-in.json");
  const outFile = path.join(dir, "floors-out.json");
  writeFileSync(inFile, JSON.stringify(input), { mode: 0o600 });
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench-scale/floors.ts", inFile, outFile],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`the SQL floors failed (exit ${r.status})`);
  return JSON.parse(readFileSync(outFile, "utf8")) as Floor[];
}
log("SQL floors (in-process, one at a time)");
const floorResults = args.pages ? floors() : [];

const results: Results = {
  startedAt: startedAt.toISOString(),
  finishedAt: "",
  engine: args.engine,
  size: args.size,
  events: targets.events,
  cycle: targets.slug,
  machine: machine(targets.postgres),
  settings: redacted,
  template: { generatedEvents: template.generated.events, seconds: template.seconds, reused },
  build: built,
  staticFloor: null,
  pages: [],
  floors: floorResults,
  writes: null,
  verify: null,
};

let writes: Awaited<ReturnType<typeof writePhases>> | null = null;
if (args.pages || args.writes) {
  const server = await start(args.port, copy.env, log);
  try {
    const cookies = {
      anonymous: null,
      viewer: await signIn(server.base, template.users.viewer),
      editor: await signIn(server.base, template.users.editor),
    };
    // Until the static floor is known, "idle" is a generous 250 ms.
    const loadOf: Load = {
      connections: args.connections,
      seconds: args.seconds,
      warmupSeconds: args.warmup,
      idleMs: 250,
    };
    const run = async (p: Page) => {
      const before = load();
      const mark = server.mark();
      const m = await measure(server.base, p, cookies[p.as], loadOf);
      if (m.status >= 500)
        m.note = `${m.note}; the server said: ${server
          .since(mark)
          .split("\n")
          .filter((l) => /error/i.test(l))
          .slice(0, 2)
          .join(" | ")
          .slice(0, 400)}`;
      log(
        `${p.path} (${p.as}): ${m.note ?? `p50 ${m.latency?.p50} ms, p95 ${m.latency?.p95} ms, ${m.perSecond} req/s, ${m.bytes} bytes`}`,
      );
      return { m, load: [before[0]!, load()[0]!] };
    };
    if (args.pages) {
      results.staticFloor = (await run(STATIC_FLOOR)).m;
      const st = results.staticFloor.latency;
      // Idle: the static page answers within three times its own median under load.
      loadOf.idleMs = Math.max(50, 3 * (st?.p50 ?? 80));
      for (const p of readPages(targets.slug, targets.recId)) {
        const { m, load: l } = await run(p);
        const floor = floorResults.find((f) => f.key === p.key) ?? null;
        const ratio = (page: number | null | undefined, f: number | null | undefined, s: number | null | undefined) =>
          page == null || f == null || s == null ? null : Math.round((page / (f + s)) * 10) / 10;
        const row: PageRow = {
          ...m,
          floor,
          ratio50: ratio(m.latency?.p50, floor?.timing?.p50, st?.p50),
          ratio95: ratio(m.latency?.p95, floor?.timing?.p95, st?.p95),
          load: l,
        };
        results.pages.push(row);
      }
    }
    if (args.writes) {
      const readers = readPages(targets.slug, targets.recId).filter(
        (p) => p.key === "cycle-dashboard" || p.key === "report",
      );
      try {
        writes = await writePhases({
          base: server.base,
          template,
          targets,
          args,
          readers,
          readerCookie: cookies.viewer,
          log,
        });
      } catch (error) {
        // Reported, not fatal: the read figures stand (e.g. a build without the recommendation page).
        results.writesError = (error as Error).message;
        log(`write test not run: ${results.writesError}`);
      }
    }
  } finally {
    await server.stop();
  }
} else log("--no-pages --no-writes: only the data (and nothing measured)");
// Checked once the server is gone (PGlite has one owner): every acknowledged save, and the chain's tail.
if (writes) {
  const check = await checkSaves(copy.target, writes.tokens, template.generated.head);
  results.writes = { alone: writes.alone, withReaders: writes.withReaders, check };
}

if (args.verify) {
  log("audit:verify of the run database (chain and tables against a replay)");
  const { verifyCopy } = await import("./verify-copy");
  results.verify = await verifyCopy(copy.target);
}

results.finishedAt = new Date().toISOString();
const out =
  args.out ??
  path.join(BENCH_ROOT, "results", `${args.engine}-${args.size}-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2));
writeFileSync(out.replace(/\.json$/, ".md"), markdownReport(results));
console.log(`\n${consoleReport(results)}\n`);
log(`results: ${out} (and .md); load at the end ${load().join(" / ")}`);

// --strict (on for --smoke): what must hold whatever the timings. Timings themselves are never checked.
const problems = [
  ...results.pages.filter((p) => p.status !== 200).map((p) => `${p.path} answered ${p.status}`),
  ...(args.writes && !results.writes ? [`the write test did not run: ${results.writesError}`] : []),
  ...(results.writes && results.writes.check.acknowledged === 0 ? ["no save was acknowledged"] : []),
  ...(results.writes && results.writes.check.lost.length > 0
    ? [`${results.writes.check.lost.length} acknowledged save(s) missing`]
    : []),
  ...(results.writes && !results.writes.check.tail.ok ? ["the audit chain after the generated history is broken"] : []),
  ...(results.verify && !(results.verify as { chain: { ok: boolean }; tables: { ok: boolean } }).chain.ok
    ? ["audit:verify: chain"]
    : []),
  ...(results.verify && !(results.verify as { chain: { ok: boolean }; tables: { ok: boolean } }).tables.ok
    ? ["audit:verify: tables"]
    : []),
];
if (args.strict && problems.length > 0) {
  console.error(`bench:scale --strict: ${problems.join("; ")}`);
  process.exit(1);
}
