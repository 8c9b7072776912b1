// Shared by `npm run backup` and `npm run restore`: the backup directory and the database, from the
// arguments (`--data-dir <dir>` for an embedded database) or the environment (DATABASE_OWNER_URL or DATABASE_URL, PGLITE_DIR): restore needs the owner role.
import { ownerTargetFromEnv, type DatabaseTarget } from "../lib/db/client";

export function parseBackupArgs(argv: string[], usage: string): { dir: string; target: DatabaseTarget } {
  const args = [...argv];
  let target: DatabaseTarget | null = null;
  const i = args.indexOf("--data-dir");
  if (i >= 0) {
    const dataDir = args[i + 1];
    if (!dataDir) fail(usage);
    target = { dataDir: dataDir! };
    args.splice(i, 2);
  }
  if (args.length !== 1 || args[0]!.startsWith("--")) fail(usage);
  return { dir: args[0]!, target: target ?? ownerTargetFromEnv() };
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
