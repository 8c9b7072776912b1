// Raw SQL on PostgreSQL over one dedicated connection (migrations, advisory locks, backups), so that a
// BEGIN … COMMIT never spreads over several pooled connections. A pg.Client with no 'error' listener
// kills the whole process when the server goes away (a restart, a failover, an idle connection killed by
// an administrator): here the error is logged, the connection dropped, and the next query opens a new one.
// A connection lost inside a transaction is never silently replaced (the statements after BEGIN would then
// run one by one, outside any transaction): every query fails until the caller's ROLLBACK (or COMMIT) ends it.
import pg from "pg";
import type { RawSql } from "./sql";
import { log } from "@/lib/log";

const TX_START = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const TX_END = /^\s*(COMMIT|ROLLBACK|END|ABORT)\b/i;

export class ConnectionLostInTransactionError extends Error {}

export async function openPostgresRawSql(
  url: string,
  onError: (error: Error) => void = (error) =>
    log.warn({ event: "db.connection-lost", connection: "raw", error: error.message }, "raw connection lost"),
): Promise<RawSql> {
  let current: pg.Client | null = null;
  let opening: Promise<pg.Client> | null = null;
  let inTransaction = false;
  let lostInTransaction = false;
  let closed = false;

  const drop = (client: pg.Client, error: Error) => {
    if (current !== client) return;
    current = null;
    if (inTransaction) lostInTransaction = true;
    onError(error);
    client.end().catch(() => {});
  };

  const connect = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url });
    // Listen before connecting: an error between connect() and the first query must not go unhandled.
    client.on("error", (error) => drop(client, error));
    client.on("end", () => drop(client, new Error("connection closed by the server")));
    try {
      await client.connect();
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    current = client;
    return client;
  };

  const connection = async (): Promise<pg.Client> => {
    if (closed) throw new Error("The database connection is closed");
    if (current) return current;
    opening ??= connect().finally(() => (opening = null));
    return opening;
  };

  const run = async <T>(text: string, params?: unknown[]): Promise<T[]> => {
    const ends = TX_END.test(text);
    if (lostInTransaction) {
      const lost = new ConnectionLostInTransactionError("The database connection was lost during a transaction");
      if (!ends) throw lost;
      // The server rolled the transaction back when the connection went: a ROLLBACK has nothing left to do,
      // a COMMIT must fail (its writes are gone).
      lostInTransaction = false;
      inTransaction = false;
      if (/^\s*(COMMIT|END)\b/i.test(text)) throw lost;
      return [];
    }
    const client = await connection();
    try {
      const result = await client.query(text, params);
      if (TX_START.test(text)) inTransaction = true;
      return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [];
    } catch (error) {
      // An ERROR leaves the connection usable; anything else (FATAL, a closed socket) means it is gone, and
      // its 'error' or 'end' event may come only after this rejection.
      if ((error as { severity?: string }).severity !== "ERROR") drop(client, error as Error);
      throw error;
    } finally {
      if (ends) {
        inTransaction = false;
        lostInTransaction = false;
      }
    }
  };

  // Connect now: a wrong URL or a server that is down fails at open, as before.
  await connection();
  return {
    query: (text, params) => run(text, params),
    exec: async (text) => {
      await run(text);
    },
    close: async () => {
      closed = true;
      const client = current;
      current = null;
      await client?.end();
    },
  };
}
