// What the entries of a dated series (responses, assessments, follow-ups)
// share: loading one that is still active, writing a new version of it, and
// withdrawing it with a reason (kept, marked, never deleted).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "./outcome";
import { findRecommendationScope } from "./references";
import { versionedUpdate, type Updated, type VersionedUpdate } from "./versioned";

export type SeriesType = "StateResponse" | "Assessment" | "FollowUp";
type Row = { id: string; version: number; recommendationId: string; withdrawnAt: Date | null } & Record<
  string,
  unknown
>;
interface Table {
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  updateManyAndReturn(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<Row[]>;
}

const WORDS: Record<SeriesType, { table: (tx: Tx) => Table; what: string }> = {
  StateResponse: { table: (tx) => tx.stateResponse as unknown as Table, what: "response" },
  Assessment: { table: (tx) => tx.assessment as unknown as Table, what: "assessment" },
  FollowUp: { table: (tx) => tx.followUp as unknown as Table, what: "follow-up entry" },
};

/** The entry, if it exists and was not withdrawn, with its recommendation's scope. */
export async function loadActiveEntry(tx: Tx, type: SeriesType, id: string) {
  const { table, what } = WORDS[type];
  const current = await table(tx).findUnique({ where: { id } });
  if (!current) throw new Abort({ kind: "not-found", message: `This ${what} does not exist.` });
  if (current.withdrawnAt)
    throw new Abort({
      kind: "invalid",
      fieldErrors: { form: [`This ${what} was withdrawn; it can no longer be changed.`] },
    });
  return { current, rec: await findRecommendationScope(tx, current.recommendationId) };
}

/** `UPDATE … WHERE id AND version`, for versionedUpdate. */
export function writeEntry(tx: Tx, type: SeriesType, id: string): VersionedUpdate["write"] {
  return async (data, version) =>
    (
      await WORDS[type]
        .table(tx)
        .updateManyAndReturn({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
    )[0] ?? null;
}

/** Withdraws an entry: a recorded change with its reason. */
export async function withdrawEntry(
  db: PrismaClient,
  actor: Actor,
  type: SeriesType,
  input: { id: string; version: number; reason: string },
): Promise<Outcome<Updated>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const { current, rec } = await loadActiveEntry(tx, type, input.id);
      return versionedUpdate({
        tx,
        actor,
        entityType: type,
        action: "withdraw",
        current,
        openedVersion: input.version,
        fields: ["withdrawnAt", "withdrawalReason"],
        data: { withdrawnAt: new Date(), withdrawalReason: input.reason },
        reason: input.reason,
        scope: rec.scope,
        write: writeEntry(tx, type, current.id),
      });
    }),
  );
}
