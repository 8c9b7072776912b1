// Issue 10: two `npm start` on one embedded database directory. The first takes the lock before it prepares
// the database; the second stops at once with the lock's message, while the first keeps running. (The first
// runs in its --dev form so that the test never builds the app: the lock is taken the same way in both.)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

function start(env: NodeJS.ProcessEnv, dev: boolean) {
  // Its own process group: stopping the test stops `next dev` and its workers too.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...(dev ? ["--dev"] : [])], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.setEncoding("utf8").on("data", (c: string) => (out += c));
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (out += c));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, exited, output: () => out };
}

describe("npm start on the embedded database", () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const c of started) if (c.exitCode === null && c.pid) process.kill(-c.pid, "SIGKILL");
  });

  it("refuses a second start on the same directory at once, with the lock's message", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "tracker-start-"));
    const { DATABASE_URL: _url, PGLITE_LOCK_TOKEN: _token, ...base } = process.env;
    const env = {
      ...base,
      PGLITE_DIR: path.join(root, "pglite"),
      AUDIT_KEY_DIR: path.join(root, "keys"),
      AUDIT_CHECKPOINT_DIR: path.join(root, "checkpoints"),
      NEXTAUTH_SECRET: "a-test-session-key-of-at-least-32-characters",
      ADMIN_EMAIL: "admin@example.org",
      ADMIN_PASSWORD: "a long enough admin password",
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
    };
    const first = start(env, true);
    started.push(first.child);
    // Up: the database is prepared and the banner printed (the server is being started).
    await expect
      .poll(() => first.output(), { timeout: 100_000, interval: 200 })
      .toMatch(/ODIHR follow-up tracker|Error/);
    expect(first.output()).toContain("ODIHR follow-up tracker");

    const t0 = Date.now();
    const second = start({ ...env, PORT: String(await freePort()) }, false);
    started.push(second.child);
    expect(await second.exited).toBe(1);
    expect(Date.now() - t0).toBeLessThan(20_000); // before any build or database work
    expect(second.output()).toMatch(
      new RegExp(
        `Not starting: The embedded database at .*pglite is already open in another process \\(pid ${first.child.pid}\\)`,
      ),
    );
    expect(first.child.exitCode).toBe(null); // the first is still up
  }, 180_000);
});
