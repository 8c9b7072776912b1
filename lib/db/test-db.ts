// Test helper: a fresh, migrated database per call, on the engine chosen by
// TEST_DB ("pglite", the default, in memory; or "postgres", a new database on
// the server at TEST_DATABASE_URL, dropped on close; the app's queries there run as a role that owns nothing).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "./client";
import type { Migration } from "./migrate";
import { ensureAppRole, grantAppRole } from "./roles";

/** The app's role on the PostgreSQL test server (the server trusts local connections: no password). */
export const TEST_APP_ROLE = "tracker_test_app";

export const testEngine = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";

export async function createTestDatabase(migrations?: Migration[]): Promise<Database> {
  if (testEngine === "pglite") return openDatabase({ dataDir: "memory://" }, migrations);
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (scripts/test.sh sets it)");
  const name = `t_${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Two roles, as `npm start` sets them up: the server's superuser migrates and owns (its raw `sql` is what tests
  // use to tamper, as an administrator would); the app's queries and mutations (`prisma`) run as TEST_APP_ROLE.
  const owner = await openDatabase({ url: url.toString() }, migrations);
  let app: Database;
  try {
    await ensureAppRole(owner.sql, TEST_APP_ROLE, null);
    await grantAppRole(owner.sql, TEST_APP_ROLE);
    url.username = TEST_APP_ROLE;
    app = await openDatabase({ url: url.toString() }, migrations);
  } catch (error) {
    await owner.close();
    throw error;
  }
  const db: Database = {
    ...app,
    sql: owner.sql,
    close: async () => {
      await app.close();
      await owner.close();
    },
  };
  return {
    ...db,
    close: async () => {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** Makes `db` the database that lib/ queries and mutations use in this test process. */
export function useAsAppDatabase(db: Database): void {
  (globalThis as unknown as { __trackerDb?: Promise<Database> }).__trackerDb = Promise.resolve(db);
}
