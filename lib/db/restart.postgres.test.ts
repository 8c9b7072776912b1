// Issue 10: a PostgreSQL restart under a running app. The app's Database (pool and raw connection) is opened
// against a server of its own (scripts/pg-test-server.sh on another port: the shared test server is never
// stopped under other test files), the server is stopped and started again, and this process must survive,
// fail calmly during the outage, and work afterwards without being reopened. An unhandled 'error' event
// would crash the test worker, which Vitest reports as a failure.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createUser } from "@/lib/users/mutations";
import { openDatabase, type Database } from "./client";
import { ConnectionLostInTransactionError } from "./pg-raw";

// Its own port: PG_RESTART_TEST_PORT, else the one after the shared server's.
function ownPort(): string {
  if (process.env.PG_RESTART_TEST_PORT) return process.env.PG_RESTART_TEST_PORT;
  const shared = new URL(process.env.TEST_DATABASE_URL || "postgresql://localhost:54329");
  return String(Number(shared.port || 5432) + 1);
}

// Asynchronous, as in a running app: the event loop keeps turning while the server stops and starts.
const server = async (command: "start" | "stop" | "pause" | "resume", port: string) => {
  const run = promisify(execFile);
  const { stdout } = await run("bash", ["scripts/pg-test-server.sh", command], {
    env: { ...process.env, PG_TEST_PORT: port },
  });
  return stdout.trim();
};

// PostgreSQL only: vitest.config.ts leaves *.postgres.test.ts out of the PGlite run.
describe("a PostgreSQL restart under a running app", () => {
  const port = ownPort();
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase({ url: await server("start", port) });
  });
  afterAll(async () => {
    await db?.close().catch(() => {});
    await server("stop", port);
  });

  const user = (n: number) =>
    createUser(db.prisma, {
      email: `restart-${n}@example.org`,
      name: `Restart ${n}`,
      role: "VIEWER",
      password: "a long enough password for the restart test",
    });

  it("fails calmly while the server is down and works again once it is back, without reopening", async () => {
    await user(1);
    expect(await db.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);

    await server("pause", port); // every open connection (pooled and raw) is closed by the server
    await expect(db.prisma.user.count()).rejects.toThrow();
    await expect(db.sql.query("SELECT 1")).rejects.toThrow();
    await expect(user(2)).rejects.toThrow();

    await server("resume", port);
    expect(await db.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await user(3);
    expect(await db.prisma.user.count()).toBe(2);
    const chain = await verifyAuditChain(db.prisma);
    expect(chain.ok).toBe(true);
    expect(chain.head?.seq).toBe(2);
  });

  it("recovers from a restart with no query during it (the idle connections die quietly)", async () => {
    await server("pause", port);
    await server("resume", port);
    await user(4);
    expect(await db.prisma.user.count()).toBe(3);
    expect(await db.sql.query("SELECT count(*)::int AS n FROM users")).toEqual([{ n: 3 }]);
  });

  it("never runs the rest of a transaction outside it after the connection was lost", async () => {
    await db.sql.exec("BEGIN");
    await db.sql.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'x', 'x')");
    await server("pause", port);
    await server("resume", port);
    await expect(db.sql.query("SELECT 1")).rejects.toThrow(ConnectionLostInTransactionError);
    await expect(db.sql.exec("COMMIT")).rejects.toThrow(ConnectionLostInTransactionError);
    // The server rolled it back; the next statement opens a new connection.
    expect(await db.sql.query("SELECT count(*)::int AS n FROM _prisma_migrations WHERE id = 'x'")).toEqual([{ n: 0 }]);
  });
});
