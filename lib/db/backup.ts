// A complete, portable backup: one JSON Lines file per table (rows as the database renders them with to_jsonb,
// binary columns as base64) and a manifest with the migrations, row counts, sha256 of every file, the sequences'
// values and the audit chain's head. Nothing engine-specific: a PGlite backup restores into PostgreSQL and back.
// Restore only into an empty database with the same migrations, in one transaction, then verify the chain.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Database } from "./client";
import type { RawSql } from "./sql";
import { verifyAuditChain, type ChainReport } from "@/lib/audit/verify";
import { verifyTables, type TableReport } from "@/lib/audit/verify-tables";

export const BACKUP_FORMAT = "odihr-tracker-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  source: string;
  migrations: { name: string; checksum: string }[];
  /** In the order they must be restored (a table after the tables it references). */
  tables: { name: string; file: string; rows: number; sha256: string; base64Columns: string[] }[];
  sequences: { table: string; column: string; lastValue: string; isCalled: boolean }[];
  auditHead: { seq: number; hash: string } | null;
}

export class BackupError extends Error {}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

interface TableInfo {
  name: string;
  columns: { name: string; type: string }[];
  key: string[];
  selfRef: { column: string; refColumn: string } | null;
}

async function tableInfos(sql: RawSql): Promise<TableInfo[]> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const cols = await sql.query<{ t: string; name: string; type: string }>(
    `SELECT table_name AS t, column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const keys = await sql.query<{ t: string; name: string }>(
    `SELECT c.relname AS t, a.attname AS name FROM pg_index i
     JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY c.relname, k.ord`,
  );
  const fks = await sql.query<{ child: string; parent: string; col: string; ref: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent, a.attname AS col, af.attname AS ref FROM pg_constraint c
     JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const infos = new Map<string, TableInfo>(
    tables.map((t) => [
      t.name,
      {
        name: t.name,
        columns: cols.filter((c) => c.t === t.name).map((c) => ({ name: c.name, type: c.type })),
        key: keys.filter((k) => k.t === t.name).map((k) => k.name),
        selfRef: null,
      },
    ]),
  );
  for (const fk of fks) {
    if (fk.child === fk.parent) infos.get(fk.child)!.selfRef = { column: fk.col, refColumn: fk.ref };
  }
  // Dependency order: a table after every table it references (self-references are ordered by row, on restore).
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (placed.has(name) || path.includes(name)) return;
    for (const fk of fks) if (fk.child === name && fk.parent !== name) visit(fk.parent, [...path, name]);
    placed.add(name);
    ordered.push(infos.get(name)!);
  };
  for (const t of infos.keys()) visit(t, []);
  return ordered;
}

async function sequences(sql: RawSql) {
  const owned = await sql.query<{ t: string; col: string; seq: string }>(
    `SELECT table_name AS t, column_name AS col, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%' ORDER BY table_name, column_name`,
  );
  return owned.filter((o) => o.seq && o.t !== "_prisma_migrations");
}

async function migrationsOf(sql: RawSql) {
  return sql.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
}

/** Writes a backup of `db` into `dir`, which must not exist or be empty. */
export async function backupDatabase(db: Database, dir: string): Promise<BackupManifest> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(`${dir} is not empty: choose a new directory for the backup`);
  // Password hashes and tokens are in it: readable by the owner only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { sql } = db;
  // One snapshot for every table, so the backup is consistent even while the app writes (PostgreSQL).
  await sql.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables: BackupManifest["tables"] = [];
    for (const t of await tableInfos(sql)) {
      const base64Columns = t.columns.filter((c) => c.type === "bytea").map((c) => c.name);
      const select = t.columns
        .map((c) =>
          c.type === "bytea" ? `translate(encode(${q(c.name)}, 'base64'), E'\\n', '') AS ${q(c.name)}` : q(c.name),
        )
        .join(", ");
      const order = (t.key.length ? t.key : t.columns.map((c) => c.name)).map(q).join(", ");
      const file = `${t.name}.jsonl`;
      const target = path.join(dir, file);
      writeFileSync(target, "", { mode: 0o600 });
      const hash = createHash("sha256");
      const batch = base64Columns.length ? 20 : 500; // files can be large: fewer per round trip
      let rows = 0;
      for (;;) {
        const lines = await sql.query<{ line: string }>(
          `SELECT to_jsonb(r)::text AS line FROM (SELECT ${select} FROM ${q(t.name)} ORDER BY ${order}
           LIMIT ${batch} OFFSET ${rows}) r`,
        );
        if (!lines.length) break;
        const text = lines.map((l) => `${l.line}\n`).join("");
        hash.update(text);
        await appendFile(target, text);
        rows += lines.length;
        if (lines.length < batch) break;
      }
      tables.push({ name: t.name, file, rows, sha256: hash.digest("hex"), base64Columns });
    }
    const seqs: BackupManifest["sequences"] = [];
    for (const s of await sequences(sql)) {
      const [v] = await sql.query<{ last_value: string | number; is_called: boolean }>(
        `SELECT last_value, is_called FROM ${s.seq}`,
      );
      seqs.push({ table: s.t, column: s.col, lastValue: String(v!.last_value), isCalled: v!.is_called });
    }
    const [head] = await sql.query<{ seq: number; hash: string }>(
      "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
    );
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: db.kind,
      migrations: await migrationsOf(sql),
      tables,
      sequences: seqs,
      auditHead: head ? { seq: Number(head.seq), hash: head.hash } : null,
    };
    writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    return manifest;
  } finally {
    await sql.exec("COMMIT");
  }
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(file)
      .on("data", (d) => h.update(d))
      .on("end", () => resolve(h.digest("hex")))
      .on("error", reject);
  });
}

/** Reads the manifest and checks every file against its hash: a damaged or edited backup is refused. */
export async function readBackup(dir: string): Promise<BackupManifest> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new BackupError(`${dir} has no ${MANIFEST_FILE}: not a backup of this app`);
  const m = JSON.parse(readFileSync(manifestPath, "utf8")) as BackupManifest;
  if (m.format !== BACKUP_FORMAT || m.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new BackupError(`${dir} is not a backup in format ${BACKUP_FORMAT} version ${BACKUP_FORMAT_VERSION}`);
  for (const t of m.tables) {
    const file = path.join(dir, path.basename(t.file));
    if (!existsSync(file)) throw new BackupError(`The backup is incomplete: ${t.file} is missing`);
    if ((await sha256File(file)) !== t.sha256)
      throw new BackupError(`The backup is damaged or was edited: ${t.file} does not match its sha256 in the manifest`);
  }
  return m;
}

async function* batches(file: string, size: number): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Rows of a self-referencing table, parents before children. */
function parentsFirst(lines: string[], ref: NonNullable<TableInfo["selfRef"]>): string[] {
  const rows = lines.map((l) => ({ line: l, row: JSON.parse(l) as Record<string, unknown> }));
  const done = new Set<string>();
  const out: string[] = [];
  let pending = rows;
  while (pending.length) {
    const next = pending.filter((r) => {
      const parent = r.row[ref.column];
      if (parent !== null && parent !== undefined && !done.has(String(parent))) return true;
      out.push(r.line);
      done.add(String(r.row[ref.refColumn]));
      return false;
    });
    if (next.length === pending.length) throw new BackupError("The backup has rows whose parent is missing");
    pending = next;
  }
  return out;
}

export interface RestoreReport {
  rows: Record<string, number>;
  chain: ChainReport;
  tables: TableReport;
  headMatches: boolean;
}

/** Restores the backup in `dir` into `db`, which must be migrated to the same migrations and hold no rows. */
export async function restoreDatabase(db: Database, dir: string): Promise<RestoreReport> {
  const m = await readBackup(dir);
  const { sql } = db;
  const have = await migrationsOf(sql);
  const same =
    have.length === m.migrations.length &&
    have.every((h, i) => h.name === m.migrations[i]!.name && h.checksum === m.migrations[i]!.checksum);
  if (!same)
    throw new BackupError(
      "The backup was made with other migrations than this release has applied: restore it with the release " +
        "that made it (the manifest lists its migrations), then upgrade that release.",
    );
  const infos = await tableInfos(sql);
  const byName = new Map(infos.map((t) => [t.name, t]));
  for (const t of m.tables)
    if (!byName.has(t.name)) throw new BackupError(`The backup has a table this database lacks: ${t.name}`);
  for (const t of infos) {
    const [r] = await sql.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${q(t.name)}) AS any`);
    if (r!.any)
      throw new BackupError(
        `The target database is not empty (${t.name} has rows). Restore only into a new, empty database ` +
          "(do not run db:prepare or start the app on it first).",
      );
  }
  const rows: Record<string, number> = {};
  await sql.exec("BEGIN");
  try {
    for (const t of m.tables) {
      const info = byName.get(t.name)!;
      const override = t.base64Columns.length
        ? ` || jsonb_build_object(${t.base64Columns
            .map((c) => `'${c}', E'\\\\x' || encode(decode(x->>'${c}', 'base64'), 'hex')`)
            .join(", ")})`
        : "";
      const insert = `INSERT INTO ${q(t.name)} SELECT (jsonb_populate_record(NULL::${q(t.name)}, x${override})).*
                      FROM jsonb_array_elements($1::jsonb) AS x`;
      const file = path.join(dir, path.basename(t.file));
      let n = 0;
      const size = t.base64Columns.length ? 20 : 500;
      if (info.selfRef) {
        const all: string[] = [];
        for await (const b of batches(file, 1000)) all.push(...b);
        const sorted = parentsFirst(all, info.selfRef);
        for (let i = 0; i < sorted.length; i += size) {
          await sql.query(insert, [`[${sorted.slice(i, i + size).join(",")}]`]);
        }
        n = sorted.length;
      } else {
        for await (const b of batches(file, size)) {
          await sql.query(insert, [`[${b.join(",")}]`]);
          n += b.length;
        }
      }
      if (n !== t.rows) throw new BackupError(`${t.file} holds ${n} rows but the manifest says ${t.rows}`);
      rows[t.name] = n;
    }
    // Every sequence past both the backup's value and the largest key restored: the next write gets a new number.
    for (const s of await sequences(sql)) {
      const saved = m.sequences.find((x) => x.table === s.t && x.column === s.col);
      const savedValue = saved?.isCalled ? saved.lastValue : "0";
      await sql.query(
        `SELECT setval('${s.seq}', GREATEST((SELECT COALESCE(max(${q(s.col)}), 0) FROM ${q(s.t)}), $1::bigint, 1),
                       GREATEST((SELECT COALESCE(max(${q(s.col)}), 0) FROM ${q(s.t)}), $1::bigint) > 0)`,
        [savedValue],
      );
    }
    await sql.exec("COMMIT");
  } catch (error) {
    await sql.exec("ROLLBACK");
    throw error;
  }
  const chain = await verifyAuditChain(db.prisma);
  const tables = await verifyTables(db.prisma);
  const headMatches =
    (chain.head === null && m.auditHead === null) ||
    (chain.head !== null &&
      m.auditHead !== null &&
      chain.head.seq === m.auditHead.seq &&
      chain.head.hash === m.auditHead.hash);
  return { rows, chain, tables, headMatches };
}
