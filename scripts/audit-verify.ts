// `npm run audit:verify [-- --expect-head <seq>:<hash>]`
// Checks the audit hash chain of the configured database (DATABASE_URL or the
// embedded one) and prints the first broken event. The head it prints can be
// published or noted; passing it back with --expect-head also detects events
// removed from the end of the history. Then checks that every data table equals
// a replay of the history (current rows and their versions), so a direct edit
// of a table is reported too. The chain is also checked against the latest signed checkpoint written outside
// the database by `npm run audit:checkpoint`. Exit code 1 when anything is wrong.
import { openDatabase, ownerTargetFromEnv } from "../lib/db/client";
import { verifyAuditChain } from "../lib/audit/verify";
import { verifyTables } from "../lib/audit/verify-tables";
import { env } from "../lib/env";
import {
  DEFAULT_CHECKPOINT_DIR,
  DEFAULT_KEY_DIR,
  latestCheckpoint,
  loadPublicKey,
  verifyCheckpoint,
} from "../lib/audit/checkpoint";

const i = process.argv.indexOf("--expect-head");
const expected = i > 0 ? process.argv[i + 1] : undefined;
if (expected !== undefined && !/^\d+:[0-9a-f]{64}$/.test(expected)) {
  console.error("--expect-head takes <seq>:<64 hex characters>, as printed by an earlier run");
  process.exit(2);
}

const db = await openDatabase(ownerTargetFromEnv());
try {
  const report = await verifyAuditChain(db.prisma);
  if (!report.ok) {
    console.error(`Audit chain BROKEN after checking ${report.checked} events: ${report.problem!.message}.`);
    process.exitCode = 1;
  } else {
    const head = report.head ? `${report.head.seq}:${report.head.hash}` : "(empty)";
    console.log(`Audit chain intact: ${report.checked} events verified. Head: ${head}`);
    if (expected) {
      const [seq] = expected.split(":");
      const stillThere = await db.prisma.auditEvent.findUnique({ where: { seq: Number(seq) }, select: { hash: true } });
      if (!stillThere || `${seq}:${stillThere.hash}` !== expected) {
        console.error(
          `The expected head ${expected} is not in the chain: events were removed from the end or the history was replaced.`,
        );
        process.exitCode = 1;
      } else {
        console.log(`The expected head ${expected} is still in the chain.`);
      }
    }
  }
  // The latest signed checkpoint (npm run audit:checkpoint): catches a history rewritten and re-hashed in full.
  const checkpointDir = env().AUDIT_CHECKPOINT_DIR ?? DEFAULT_CHECKPOINT_DIR;
  const checkpoint = latestCheckpoint(checkpointDir);
  if (!checkpoint) {
    console.log(`No signed checkpoint in ${checkpointDir} yet: run npm run audit:checkpoint regularly.`);
  } else {
    const keyDir = env().AUDIT_KEY_DIR ?? DEFAULT_KEY_DIR;
    const publicKey = loadPublicKey(keyDir);
    const result = publicKey
      ? await verifyCheckpoint(db.prisma, checkpoint, publicKey)
      : { ok: false, message: `there is a checkpoint but no public key in ${keyDir} to check its signature` };
    if (result.ok) console.log(result.message);
    else {
      console.error(`Checkpoint check FAILED: ${result.message}.`);
      process.exitCode = 1;
    }
  }
  const tables = await verifyTables(db.prisma);
  if (tables.ok) {
    console.log(
      `Data tables match the history: ${tables.entities} records and ${tables.versions} recorded versions replayed.`,
    );
  } else {
    console.error("Data tables DIFFER from the history:");
    for (const p of tables.problems) console.error(`  ${p.entityType} ${p.entityId}: ${p.message}`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
