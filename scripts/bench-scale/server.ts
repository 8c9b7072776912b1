// Builds the production app and runs `next start` against the benchmark's
// database, the way scripts/e2e-server.ts does (next's own binary, so
// stopping it stops the server; the database chosen by DATABASE_URL or
// PGLITE_DIR; a fresh session secret).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/.bin/next");

export interface BuildOptions {
  reuse: boolean;
  /** Stopgap for a branch that does not type-check yet: compile, then generate, without the type check. */
  skipTypeCheck: boolean;
  /** Passed to --debug-build-paths (e.g. to leave out a route that does not compile yet). */
  paths: string | null;
}

export function build(o: BuildOptions, log: (s: string) => void): { seconds: number; command: string } {
  if (o.reuse && existsSync(path.resolve(".next/BUILD_ID"))) {
    log("reusing the existing production build (.next)");
    return { seconds: 0, command: "reused .next" };
  }
  const extra = o.paths ? ["--debug-build-paths", o.paths] : [];
  const steps = o.skipTypeCheck
    ? [
        ["build", "--experimental-build-mode", "compile", ...extra],
        ["build", "--experimental-build-mode", "generate", ...extra],
      ]
    : [["build", ...extra]];
  const started = performance.now();
  for (const args of steps) {
    log(`next ${args.join(" ")}`);
    const r = spawnSync(NEXT_BIN, args, { stdio: "inherit", env: process.env });
    if (r.status !== 0) throw new Error(`next ${args.join(" ")} failed (exit ${r.status})`);
  }
  return {
    seconds: Math.round((performance.now() - started) / 1000),
    command: steps.map((s) => `next ${s.join(" ")}`).join(" && "),
  };
}

export interface Server {
  base: string;
  /** The serving process (scripts/serve.mjs: the primary of its workers on PostgreSQL). */
  pid: number;
  /** How much the server has printed so far, and what it printed since then (its errors, for a page that fails). */
  mark(): number;
  since(mark: number): string;
  stop(): Promise<void>;
}

export async function start(port: number, dbEnv: Record<string, string>, log: (s: string) => void): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...dbEnv,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    PUBLIC_READ: "false",
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
  };
  delete env["DATABASE_URL" in dbEnv ? "PGLITE_DIR" : "DATABASE_URL"];
  // The way `npm start` serves (scripts/serve.mjs): one process per core on PostgreSQL, one on PGlite.
  const child: ChildProcess = spawn(process.execPath, [path.resolve("scripts/serve.mjs")], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let output = "";
  let dropped = 0;
  const keep = (b: Buffer) => {
    output += b.toString();
    if (output.length > 100_000) {
      dropped += output.length - 50_000;
      output = output.slice(-50_000);
    }
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/sign-in`)).ok) {
        log(`next start is serving ${base}`);
        return {
          base,
          pid: child.pid!,
          stop,
          mark: () => dropped + output.length,
          since: (m) => output.slice(Math.max(0, m - dropped)),
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`next start did not answer within 120 s:\n${output}`);
}
