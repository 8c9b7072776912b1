// `npm run backup -- <dir> [--data-dir <pglite dir>]`: a complete, portable backup of the configured database
// (DATABASE_URL, or the embedded one) into a new directory. Refused while the app holds the embedded database.
import { openDatabase } from "../lib/db/client";
import { BackupError, backupDatabase } from "../lib/db/backup";
import { DataDirectoryLockedError } from "../lib/db/pglite-lock";
import { parseBackupArgs } from "./backup-target";

const { dir, target } = parseBackupArgs(
  process.argv.slice(2),
  "Usage: npm run backup -- <new directory> [--data-dir <dir>]",
);
try {
  const db = await openDatabase(target);
  try {
    const m = await backupDatabase(db, dir);
    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    const head = m.auditHead ? `No. ${m.auditHead.seq} (${m.auditHead.hash})` : "(no events)";
    console.log(`Backed up ${rows} rows of ${m.tables.length} tables from ${db.kind} (${db.location}) into ${dir}.`);
    console.log(`Audit chain head: ${head}`);
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof BackupError || error instanceof DataDirectoryLockedError) {
    console.error(`Backup refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
