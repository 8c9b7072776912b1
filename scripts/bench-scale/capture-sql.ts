// Records the SQL statements the lib/ functions send to PostgreSQL (through
// Prisma's pg driver adapter: every statement goes through pg.Client#query),
// so the slowest statement of a page can be shown with EXPLAIN ANALYZE.
import pg from "pg";
import type { RawSql } from "@/lib/db/sql";

export interface Statement {
  text: string;
  values: unknown[];
  ms: number;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

export function installCapture() {
  const original = pg.Client.prototype.query as unknown as Query;
  let log: Statement[] | null = null;
  (pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (!log || !(result instanceof Promise)) return result;
    const config = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config.text;
    const values = (typeof config === "string" ? args[1] : config.values) as unknown[] | undefined;
    const started = performance.now();
    const into = log;
    return result.then((r) => {
      into.push({ text, values: values ?? [], ms: performance.now() - started });
      return r;
    });
  };
  return {
    /** The statements `fn` sent, slowest first. */
    async record(fn: () => Promise<unknown>): Promise<Statement[]> {
      log = [];
      try {
        await fn();
        return [...log].sort((a, b) => b.ms - a.ms);
      } finally {
        log = null;
      }
    },
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of one recorded statement, on the raw connection. */
export async function explain(sql: RawSql, s: Statement): Promise<string> {
  const rows = await sql.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
  return rows.map((r) => Object.values(r)[0]).join("\n");
}
