// The only place that knows whether we run on PGlite or PostgreSQL.
// Opening is lazy (nothing happens at import time, so `next build` never
// creates or opens a data directory) and applies pending migrations.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, loadMigrations } from "./migrate";
import { openPostgresRawSql } from "./pg-raw";
import { lockDataDirectory } from "./pglite-lock";
import type { RawSql } from "./sql";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  kind: DatabaseKind;
  /** Where the data lives, without credentials (for messages). */
  location: string;
  prisma: PrismaClient;
  sql: RawSql;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string };

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export const DEFAULT_PGLITE_DIR = ".data/pglite";
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");

export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

async function openPostgres(url: string): Promise<Database> {
  // Raw SQL (migrations, advisory locks) on one dedicated connection that survives a database restart.
  const sql = await openPostgresRawSql(url);
  // Enough connections for a busy office (20 editors saving while others read), and time to wait for the
  // chain lock rather than failing a save under load. A pooled connection the server drops (a restart) is
  // logged and replaced on the next query; the requests in between get the calm error page.
  const prisma = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: url, max: 20 },
      {
        onPoolError: (error) =>
          log.warn({ event: "db.connection-lost", connection: "pool", error: error.message }, "connection lost"),
        onConnectionError: (error) =>
          log.warn({ event: "db.connection-lost", connection: "transaction", error: error.message }, "lost"),
      },
    ),
    transactionOptions: TX_OPTIONS,
  });
  return {
    kind: "postgres",
    location: redactUrl(url),
    prisma,
    sql,
    close: async () => {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

async function openPGlite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDirectory(dataDir);
  try {
    // pg_trgm: text similarity between recommendations (migration …_recommendation_text_similarity).
    const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm } });
    const sql: RawSql = {
      query: async (text, params) => (await client.query(text, params)).rows as never[],
      exec: async (text) => {
        await client.exec(text);
      },
      close: () => client.close(),
    };
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), transactionOptions: TX_OPTIONS });
    return {
      kind: "pglite",
      location: inMemory ? "memory" : path.resolve(dataDir),
      prisma,
      sql,
      // $disconnect does not close PGlite: close it, or scripts hang.
      close: async () => {
        await prisma.$disconnect();
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens a database and brings its schema up to date (or to the given migrations: tests of upgrades). */
export async function openDatabase(
  target: DatabaseTarget,
  migrations = loadMigrations(MIGRATIONS_DIR),
): Promise<Database> {
  const db = "url" in target ? await openPostgres(target.url) : await openPGlite(target.dataDir);
  try {
    await applyMigrations(db.sql, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export function targetFromEnv(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DIR } = env();
  return DATABASE_URL ? { url: DATABASE_URL } : { dataDir: PGLITE_DIR ?? DEFAULT_PGLITE_DIR };
}

/**
 * The owner's database, for what the app's role may not do: migrations, grants, restore (and the audit and backup
 * scripts, which an operator runs). DATABASE_OWNER_URL when it is set, else DATABASE_URL (lib/db/setup-roles.ts).
 */
export function ownerTargetFromEnv(): DatabaseTarget {
  const { DATABASE_OWNER_URL } = env();
  return DATABASE_OWNER_URL ? { url: DATABASE_OWNER_URL } : targetFromEnv();
}

// One database per process, kept on globalThis so that dev-server module
// reloads do not open the PGlite directory twice.
const holder = globalThis as unknown as { __trackerDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__trackerDb ??= openDatabase(targetFromEnv()).catch((error) => {
    holder.__trackerDb = undefined;
    throw error;
  });
  return holder.__trackerDb;
}

export async function prisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
