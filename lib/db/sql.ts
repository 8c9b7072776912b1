// A minimal raw-SQL interface over both engines, used where Prisma cannot be:
// applying migrations, tests that try raw SQL, and the advisory locks.
export interface RawSql {
  /** One statement with $1..$n parameters. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (the simple query protocol). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}
