// Command line of `npm run soak -- …` (see docs/benchmarks.md, "Soak test").
import { z } from "zod";

export const USAGE = `npm run soak -- [options]
  --minutes N        how long readers and editors run (default 5; fractions allowed: 0.4 = 24 s)
  --readers R        concurrent readers (default 8): dashboards, cycle pages, reports, CSV, the API
  --editors E        concurrent editors (default 6, at most 20): add and correct follow-ups, some from stale forms
  --database-url URL PostgreSQL admin URL on this machine (default: start a throw-away server on --pg-port)
  --pg-port N        port of the throw-away server (default 54331)
  --port N           the app's port on 127.0.0.1 (default 3601)
  --workers N        app processes (WEB_CONCURRENCY, default 2)
  --sample-seconds N memory sample interval (default 2)
  --app-heap-mb N    cap each app process's V8 old space (NODE_OPTIONS=--max-old-space-size): with a cap, a real
                     leak ends in out-of-memory crashes (failed requests), lazy garbage collection in a plateau
  --build            run next build first (default: reuse .next, which must exist)`;

const Args = z.object({
  minutes: z.coerce.number().positive().max(120).default(5),
  readers: z.coerce.number().int().min(1).max(64).default(8),
  editors: z.coerce.number().int().min(1).max(20).default(6),
  databaseUrl: z.string().optional(),
  pgPort: z.coerce.number().int().min(1024).max(65535).default(54331),
  port: z.coerce.number().int().min(1024).max(65535).default(3601),
  workers: z.coerce.number().int().min(1).max(8).default(2),
  sampleSeconds: z.coerce.number().positive().max(60).default(2),
  build: z.boolean().default(false),
  appHeapMb: z.coerce.number().int().min(128).max(16384).optional(),
});
export type SoakArgs = z.infer<typeof Args>;

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseArgs(argv: string[]): SoakArgs {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`Unknown argument ${a}\n${USAGE}`);
    const key = camel(m[1]!);
    if (m[2] !== undefined) raw[key] = m[2];
    else if (key === "build") raw[key] = true;
    else raw[key] = argv[++i];
  }
  const parsed = Args.safeParse({ ...raw, databaseUrl: raw.databaseUrl ?? process.env.SOAK_DATABASE_URL });
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`);
  return parsed.data;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The soak test loads a server as hard as it can: only ever one on this machine. */
export function assertLoopback(what: string, url: string): void {
  const u = new URL(url);
  // A socket directory (postgresql:///db?host=/run/postgresql) is local by construction.
  const host = u.hostname || new URLSearchParams(u.search).get("host") || "";
  if (!(LOOPBACK.has(host) || host.startsWith("/") || /^127\.\d+\.\d+\.\d+$/.test(host)))
    throw new Error(`The soak test runs against this machine only: ${what} must be on the loopback (got "${host}")`);
}
