// audit:verify of a benchmark database after a run: the chain from the first
// event, and every row and version row against a replay of the log (the
// generated history, the seed, and what the app wrote during the run).
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyTables } from "@/lib/audit/verify-tables";

export async function verifyCopy(target: DatabaseTarget) {
  const db = await openDatabase(target);
  try {
    const chain = await verifyAuditChain(db.prisma, 2000);
    const tables = await verifyTables(db.prisma, 2000);
    return {
      chain: { ok: chain.ok, checked: chain.checked, problem: chain.problem },
      tables: { ok: tables.ok, entities: tables.entities, versions: tables.versions, problems: tables.problems },
    };
  } finally {
    await db.close();
  }
}
