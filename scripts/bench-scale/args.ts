// Command line of `npm run bench:scale -- …` (see docs/benchmarks.md).
import { z } from "zod";
import { SIZES, type SizeName } from "./shape";

export const USAGE = `npm run bench:scale -- [options]
  --size=smoke|10k|100k|1m     generated audit events (default 10k)
  --smoke                      the CI smoke run: smoke size, the existing build, 2 connections, 1 s per page, 4 writers
                               for 2 s, --verify --strict
  --engine=postgres|pglite     default postgres (needs --database-url or BENCH_DATABASE_URL: an admin URL)
  --database-url=URL           PostgreSQL admin URL; the benchmark creates bench_tpl_<size> and bench_run_<size>
  --reuse-db                   keep the generated template if its generator and migrations are unchanged
  --reuse-build                keep an existing production build (.next)
  --skip-type-check            build with next's compile and generate modes (stopgap for a branch that does not type-check)
  --build-paths=GLOBS          passed to next build --debug-build-paths (stopgap: leave out a route that does not compile)
  --seconds=N                  load per page (default 10), after --warmup=N seconds (default 2)
  --connections=N              concurrent connections per page (default 10)
  --write-seconds=N            each write phase (default 20); --writers=N editors (default 20, at most 20)
  --floor-runs=N               timed runs of each SQL floor (default 20, fewer past a 30 s budget)
  --no-writes  --no-pages  --no-explain  --verify (full audit:verify of the run database at the end)
  --strict                     exit 1 if a page does not answer 200, a save is lost or audit:verify fails (never for timings)
  --port=N                     default 3600
  --out=FILE                   JSON results (default .data/bench/results/<engine>-<size>-<time>.json)`;

const num = (d: number) => z.coerce.number().int().positive().default(d);

const Args = z.object({
  size: z.enum(Object.keys(SIZES) as [SizeName, ...SizeName[]]).default("10k"),
  engine: z.enum(["postgres", "pglite"]).default("postgres"),
  databaseUrl: z.string().optional(),
  reuseDb: z.boolean().default(false),
  reuseBuild: z.boolean().default(false),
  skipTypeCheck: z.boolean().default(false),
  buildPaths: z.string().optional(),
  seconds: num(10),
  warmup: z.coerce.number().int().min(0).default(2),
  connections: num(10),
  writeSeconds: num(20),
  writers: z.coerce.number().int().min(1).max(20).default(20),
  floorRuns: num(20),
  writes: z.boolean().default(true),
  pages: z.boolean().default(true),
  explain: z.boolean().default(true),
  verify: z.boolean().default(false),
  strict: z.boolean().default(false),
  port: num(3600),
  out: z.string().optional(),
});
export type BenchArgs = z.infer<typeof Args>;

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseArgs(argv: string[]): BenchArgs {
  const raw: Record<string, unknown> = {};
  for (const a of argv) {
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^--(no-)?([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`Unknown argument ${a}\n${USAGE}`);
    raw[camel(m[2]!)] = m[1] ? false : (m[3] ?? true);
  }
  // The CI smoke run: the smallest data, a second or two of load, every stage once.
  const smoke = raw.smoke === true;
  delete raw.smoke;
  const defaults = smoke
    ? {
        size: "smoke",
        seconds: 1,
        warmup: 0,
        connections: 2,
        writeSeconds: 2,
        writers: 4,
        floorRuns: 3,
        verify: true,
        strict: true,
        explain: false,
        reuseBuild: true,
      }
    : {};
  const parsed = Args.safeParse({
    ...defaults,
    ...raw,
    databaseUrl: raw.databaseUrl ?? process.env.BENCH_DATABASE_URL,
  });
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`);
  if (parsed.data.engine === "postgres" && !parsed.data.databaseUrl) {
    throw new Error(
      "PostgreSQL needs --database-url=postgresql://… (an admin URL; scripts/pg-test-server.sh start prints one) or --engine=pglite",
    );
  }
  return parsed.data;
}
