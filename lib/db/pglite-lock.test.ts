import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DataDirectoryLockedError, holdDataDirectory } from "./pglite-lock";

function startWriter(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): {
  child: ChildProcess;
  stderr: () => string;
  committed: () => number;
  waitFor: (n: number) => Promise<void>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("lib/db/fixtures/write-and-hold.ts"), dir], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let errors = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
  let last = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    for (const m of chunk.matchAll(/committed (\d+)/g)) last = Math.max(last, Number(m[1]));
    for (const w of waiters.filter((w) => last >= w.n)) w.resolve();
  });
  return {
    child,
    stderr: () => errors,
    committed: () => last,
    waitFor: (n) => new Promise((resolve) => (last >= n ? resolve() : waiters.push({ n, resolve }))),
  };
}

describe("embedded database directory (PGlite)", () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill("SIGKILL")));

  it("refuses a second process with a clear message, and loses no committed write when the owner is killed", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "tracker-lock-")), "pglite");
    const writer = startWriter(dir);
    children.push(writer.child);
    await writer.waitFor(5);

    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirectoryLockedError);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/already open in another process \(pid \d+\)/);

    const exited = new Promise((r) => writer.child.once("exit", r));
    writer.child.kill("SIGKILL"); // a crash: no cleanup, the lock file stays behind
    await exited;
    const acknowledged = writer.committed();

    // The stale lock is taken over, and every acknowledged row is there.
    const db = await openDatabase({ dataDir: dir });
    try {
      const rows = await db.sql.query<{ n: number }>("SELECT n FROM crash_probe ORDER BY n");
      expect(rows.length).toBeGreaterThanOrEqual(acknowledged);
      expect(rows.slice(0, acknowledged).map((r) => r.n)).toEqual(
        Array.from({ length: acknowledged }, (_, i) => i + 1),
      );
    } finally {
      await db.close();
    }
  });

  it("held for a process's life (npm start), is handed to its children and refused to every other process", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "tracker-hold-")), "pglite");
    holdDataDirectory(dir); // as scripts/start.ts does before preparing the database
    // A process started without the holder's token (another `npm start`, a script) is refused.
    const { PGLITE_LOCK_TOKEN: _token, ...otherEnv } = process.env;
    const other = startWriter(dir, otherEnv);
    children.push(other.child);
    const code = await new Promise((r) => other.child.once("exit", r));
    expect(code).not.toBe(0);
    expect(other.stderr()).toMatch(/already open in another process \(pid \d+\)/);
    expect(other.committed()).toBe(0);
    // The holder's child (the serving process) opens it.
    const server = startWriter(dir);
    children.push(server.child);
    await server.waitFor(3);
    // The lock now names the child, so it stays held even if the holder is killed.
    expect(readFileSync(`${dir}.lock`, "utf8")).toMatch(new RegExp(`^${server.child.pid} [0-9a-f]{32}$`));
  }, 120_000); // two child processes, each loading tsx and the engine
});
