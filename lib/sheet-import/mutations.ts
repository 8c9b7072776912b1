// Applying a spreadsheet import: exactly the dry run's changes, in one
// transaction, each new entry audited like one made in a form, with the file
// (name and sha256) and its row in the event's reason. The row stamps are
// read again under the audit chain's lock: if any row changed after the dry
// run, it is a conflict and nothing is written.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AUDIT_CHAIN_LOCK, type Actor, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate } from "@/lib/mutations/versioned";
import { findRecommendationScope } from "@/lib/mutations/references";
import { RESPONSE_FIELDS } from "@/lib/responses/mutations";
import { ASSESSMENT_FIELDS } from "@/lib/assessments/mutations";
import { FOLLOW_UP_FIELDS } from "@/lib/follow-ups/mutations";
import { rowStamps } from "@/lib/reports/row-stamp";
import type { EntityType } from "@/lib/audit/catalogue";
import type { ChangeKind, Plan } from "./schema";

/** "Spreadsheet import: kz-2011.csv (sha256 …), row 7": the reason every event of the import carries. */
export const sourceReason = (file: Plan["file"], row: number) =>
  `Spreadsheet import: ${file.name} (sha256 ${file.sha256}), row ${row}`;

const KINDS: Record<ChangeKind, { entity: EntityType; fields: readonly string[] }> = {
  response: { entity: "StateResponse", fields: RESPONSE_FIELDS },
  assessment: { entity: "Assessment", fields: ASSESSMENT_FIELDS },
  followUp: { entity: "FollowUp", fields: FOLLOW_UP_FIELDS },
};

async function create(tx: Tx, kind: ChangeKind, data: Record<string, unknown>) {
  switch (kind) {
    case "response":
      return tx.stateResponse.create({ data: data as Parameters<Tx["stateResponse"]["create"]>[0]["data"] });
    case "assessment":
      return tx.assessment.create({ data: data as Parameters<Tx["assessment"]["create"]>[0]["data"] });
    case "followUp":
      return tx.followUp.create({ data: data as Parameters<Tx["followUp"]["create"]>[0]["data"] });
  }
}

export async function applySheetPlan(
  db: PrismaClient,
  actor: Actor,
  cycleId: string,
  plan: Plan,
): Promise<Outcome<{ count: number; rows: number }>> {
  return runOutcome(() =>
    db.$transaction(
      async (tx) => {
        // Writers of the tracker wait for this lock before they commit: stamps read now stay true until we commit.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
        const ids = [...new Set(plan.changes.map((c) => c.recommendationId))];
        const stamps = await rowStamps(tx, ids);
        const moved = plan.changes.filter((c) => stamps.get(c.recommendationId) !== c.stamp);
        if (moved.length)
          throw new Abort({
            kind: "invalid",
            fieldErrors: {
              file: [...new Set(moved.map((c) => c.row))].map(
                (row) =>
                  `Row ${row}: recommendation ${moved.find((c) => c.row === row)!.label} was changed in the tracker after the dry run; nothing was written. Check the file again to see the conflict.`,
              ),
            },
          });
        for (const change of plan.changes) {
          const rec = await findRecommendationScope(tx, change.recommendationId);
          if (rec.cycleId !== cycleId) throw new Error("A planned change is outside the cycle of the import");
          const { entity, fields } = KINDS[change.kind];
          const input = change.input as Record<string, unknown>;
          const data = Object.fromEntries(fields.map((f) => [f, input[f] ?? null]));
          const row = await create(tx, change.kind, { ...data, recommendationId: rec.id, createdById: actor.id });
          await auditCreate(tx, actor, entity, row, fields, rec.scope, sourceReason(plan.file, change.row));
        }
        return { count: plan.changes.length, rows: new Set(plan.changes.map((c) => c.row)).size };
      },
      { timeout: 120_000 },
    ),
  );
}
