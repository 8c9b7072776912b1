// `npm run audit:checkpoint`: signs the audit chain's current head (number, hash, time, count of events) with
// the installation's Ed25519 key and writes it to a file outside the database (AUDIT_CHECKPOINT_DIR, default
// .data/checkpoints; the key in AUDIT_KEY_DIR, default .data/keys, created on first use). Run it regularly
// (cron) and copy the files away; `npm run audit:verify` checks the chain against the latest one.
import { env } from "../lib/env";
import { openDatabase, ownerTargetFromEnv } from "../lib/db/client";
import { DEFAULT_CHECKPOINT_DIR, DEFAULT_KEY_DIR, writeCheckpoint } from "../lib/audit/checkpoint";

const e = env();
const db = await openDatabase(ownerTargetFromEnv());
try {
  const cp = await writeCheckpoint(
    db.prisma,
    e.AUDIT_CHECKPOINT_DIR ?? DEFAULT_CHECKPOINT_DIR,
    e.AUDIT_KEY_DIR ?? DEFAULT_KEY_DIR,
  );
  console.log(`Checkpoint signed: No. ${cp.head.seq} (${cp.head.hash}), ${cp.head.count} events, at ${cp.head.at}.`);
  console.log(`Written to ${cp.file}`);
} catch (error) {
  console.error(`No checkpoint written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
