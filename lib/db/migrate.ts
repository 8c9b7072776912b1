// Applies the committed prisma/migrations/*/migration.sql files in order, each
// in its own transaction, and records them in a `_prisma_migrations` table
// compatible with `prisma migrate deploy` (same columns, sha256 checksums), so
// a team with the Prisma CLI and network access can take over with it.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { RawSql } from "./sql";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every app instance so
// that several instances starting at once on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK_KEY = 727_001;

export async function applyMigrations(sql: RawSql, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await sql.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    // Nothing is created when the table exists: the app's role (lib/db/roles.ts) may only read it, and starts
    // on a database that is up to date without needing any right to change its schema.
    const [exists] = await sql.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
    if (!exists?.t) await sql.exec(CREATE_TABLE);
    const rows = await sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const pending = migrations.filter((m) => !done.has(m.name)).length;
    if (pending) await assertMayMigrate(sql, pending);
    for (const m of migrations) {
      const existing = done.get(m.name);
      if (existing !== undefined) {
        if (existing !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied (checksum differs). ` +
              "Never edit an applied migration; add a new one with `npm run migration:new -- <name>`.",
          );
        }
        continue;
      }
      await sql.exec("BEGIN");
      try {
        await sql.exec(m.sql);
        await sql.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await sql.exec("COMMIT");
      } catch (error) {
        await sql.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.name);
    }
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
  return applied;
}

/** A clear refusal when the connected role is the app's and a migration is pending (it owns nothing to alter). */
async function assertMayMigrate(sql: RawSql, pending: number): Promise<void> {
  const [r] = await sql.query<{ role: string; ok: boolean }>(
    `SELECT current_user AS role, has_schema_privilege(current_schema(), 'CREATE')
       AND has_table_privilege('"_prisma_migrations"', 'INSERT') AS ok`,
  );
  if (!r!.ok)
    throw new Error(
      `${pending} migration(s) are pending and the role ${r!.role} may not apply them (it is the app's role). ` +
        "Run `npm start` or `npm run db:prepare` with DATABASE_OWNER_URL set to the owner role (README, PostgreSQL).",
    );
}
