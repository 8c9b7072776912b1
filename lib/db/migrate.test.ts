import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { MIGRATIONS_DIR } from "./client";
import { applyMigrations, loadMigrations } from "./migrate";
import { createTestDatabase, testEngine } from "./test-db";

describe(`migrations on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("records every committed migration once, with its checksum", async () => {
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const rows = await db.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(db.sql, loadMigrations(MIGRATIONS_DIR))).toEqual([]);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const migrations = loadMigrations(MIGRATIONS_DIR).map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db.sql, migrations)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration entirely and records nothing", async () => {
    const bad = [
      ...loadMigrations(MIGRATIONS_DIR),
      {
        name: "99999999999999_bad",
        checksum: "x",
        sql: 'CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";',
      },
    ];
    await expect(applyMigrations(db.sql, bad)).rejects.toThrow(/99999999999999_bad failed/);
    const tables = await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
    const recorded = await db.sql.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_bad'`,
    );
    expect(recorded).toHaveLength(0);
  });

  it("makes audit_events append-only in the database itself", async () => {
    await db.sql.query(
      `INSERT INTO audit_events (seq, actor_label, action, entity_type, entity_id, changes, prev_hash, hash)
       VALUES (1, 'test', 'create', 'Test', 't1', '{}', '', 'h-append-only')`,
    );
    await expect(db.sql.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.sql.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const rows = await db.sql.query<{ action: string }>(`SELECT action FROM audit_events WHERE hash = 'h-append-only'`);
    expect(rows).toEqual([{ action: "create" }]);
  });
});
