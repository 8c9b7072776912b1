// Test helper: a fresh, migrated database per call, on the engine chosen by
// TEST_DB ("pglite", the default, in memory; or "postgres", a new database on
// the server at TEST_DATABASE_URL, dropped on close).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "./client";
import type { Migration } from "./migrate";

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
  const db = await openDatabase({ url: url.toString() }, migrations);
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
