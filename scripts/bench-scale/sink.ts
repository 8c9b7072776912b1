// Batched writes for the generator, on either engine through lib/db's raw SQL
// (a dedicated pg connection, or PGlite): rows are buffered per table and
// written with multi-row INSERTs, every table in one transaction, parents
// before children, so a flush never breaks a foreign key. Column names and
// types are read from the migrated database, so the rows follow the schema.
import type { RawSql } from "@/lib/db/sql";

type Row = Record<string, unknown>;

/** Tables in the order their foreign keys need. */
const ORDER = [
  "users",
  "countries",
  "institutions",
  "election_cycles",
  "documents",
  "report_sections",
  "recommendations",
  "state_responses",
  "assessments",
  "follow_ups",
  "recommendation_institutions",
  "recommendation_links",
];

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const PARAMS_PER_STATEMENT = 30_000;

interface Column {
  name: string;
  field: string;
  type: string;
}

export class Sink {
  private buffers = new Map<string, Row[]>();
  private columns = new Map<string, Column[]>();
  private pending = 0;
  readonly written = new Map<string, number>();

  private constructor(private sql: RawSql) {}

  static async open(sql: RawSql): Promise<Sink> {
    const sink = new Sink(sql);
    const rows = await sql.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    );
    for (const r of rows) {
      const list = sink.columns.get(r.table_name) ?? [];
      list.push({ name: r.column_name, field: camel(r.column_name), type: r.data_type });
      sink.columns.set(r.table_name, list);
    }
    return sink;
  }

  push(table: string, row: Row): void {
    const list = this.buffers.get(table) ?? [];
    list.push(row);
    this.buffers.set(table, list);
    this.pending++;
  }

  get size(): number {
    return this.pending;
  }

  /** Writes everything buffered, in one transaction. */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const tables = [...ORDER, ...[...this.buffers.keys()].filter((t) => !ORDER.includes(t)).sort()];
    await this.sql.exec("BEGIN");
    try {
      for (const table of tables) {
        const rows = this.buffers.get(table);
        if (rows?.length) await this.insert(table, rows);
      }
      await this.sql.exec("COMMIT");
    } catch (error) {
      await this.sql.exec("ROLLBACK");
      throw error;
    }
    this.buffers.clear();
    this.pending = 0;
  }

  private async insert(table: string, rows: Row[]): Promise<void> {
    const all = this.columns.get(table);
    if (!all) throw new Error(`No table ${table} in the database`);
    // The columns the rows give; the others keep their defaults.
    const cols = all.filter((c) => rows.some((r) => c.field in r));
    const chunk = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / cols.length));
    const names = cols.map((c) => `"${c.name}"`).join(", ");
    for (let start = 0; start < rows.length; start += chunk) {
      const part = rows.slice(start, start + chunk);
      const params: unknown[] = [];
      const tuples = part.map((r) => `(${cols.map((c) => `$${params.push(value(r[c.field], c.type))}`).join(", ")})`);
      await this.sql.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, params);
    }
    this.written.set(table, (this.written.get(table) ?? 0) + rows.length);
  }
}

/** Values as text the way PostgreSQL reads them for the column (timestamps in UTC, as Prisma stores them). */
function value(v: unknown, type: string): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date)
    return type === "date" ? v.toISOString().slice(0, 10) : v.toISOString().replace("T", " ").replace("Z", "");
  if (type === "jsonb" || type === "json") return JSON.stringify(v);
  return v;
}

/** Moves each serial sequence past the rows written with explicit values, so the app's next insert gets a fresh one. */
export async function resetSequences(sql: RawSql): Promise<void> {
  const serials = await sql.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const s of serials) {
    await sql.query(
      `SELECT setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), COALESCE((SELECT max("${s.column_name}") FROM "${s.table_name}"), 0) + 1, false)`,
    );
  }
}
