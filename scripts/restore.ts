// `npm run restore -- <backup dir> [--data-dir <pglite dir>]`: restores a backup made by `npm run backup` into
// the configured database, which must be new and empty (migrated, never prepared or started). Then verifies the
// audit chain and the tables against it. Refused while the app holds the embedded database.
import { openDatabase } from "../lib/db/client";
import { BackupError, restoreDatabase } from "../lib/db/backup";
import { DataDirectoryLockedError } from "../lib/db/pglite-lock";
import { parseBackupArgs } from "./backup-target";

const { dir, target } = parseBackupArgs(
  process.argv.slice(2),
  "Usage: npm run restore -- <backup directory> [--data-dir <dir>]",
);
try {
  const db = await openDatabase(target);
  try {
    const r = await restoreDatabase(db, dir);
    const rows = Object.values(r.rows).reduce((a, b) => a + b, 0);
    console.log(`Restored ${rows} rows of ${Object.keys(r.rows).length} tables into ${db.kind} (${db.location}).`);
    if (r.chain.ok) {
      const head = r.chain.head ? `No. ${r.chain.head.seq} (${r.chain.head.hash})` : "(no events)";
      console.log(`Audit chain intact: ${r.chain.checked} events verified. Head: ${head}`);
    } else {
      console.error(`Audit chain BROKEN: ${r.chain.problem!.message}.`);
      process.exitCode = 1;
    }
    if (!r.headMatches) {
      console.error("The restored chain's head is not the head the backup's manifest records.");
      process.exitCode = 1;
    }
    if (r.tables.ok) {
      console.log(`Data tables match the history: ${r.tables.entities} records, ${r.tables.versions} versions.`);
    } else {
      console.error("Data tables DIFFER from the history:");
      for (const p of r.tables.problems) console.error(`  ${p.entityType} ${p.entityId}: ${p.message}`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof BackupError || error instanceof DataDirectoryLockedError) {
    console.error(`Restore refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
