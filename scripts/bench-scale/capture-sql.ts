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
    if (!log) return original.apply(this, args);
    const config = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config.text;
    const values = ((typeof config === "string" ? args[1] : config.values) ??
      (Array.isArray(args[1]) ? args[1] : [])) as unknown[];
    const started = performance.now();
    const into = log;
    const done = () => into.push({ text, values, ms: performance.now() - started });
    // pg.Pool#query passes a callback; clients used directly return a promise.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const cb = args[last] as (...r: unknown[]) => void;
      args[last] = (...r: unknown[]) => {
        done();
        cb(...r);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    return result instanceof Promise ? result.then((r) => (done(), r)) : result;
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
