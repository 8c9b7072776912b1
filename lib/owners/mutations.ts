// A recommendation's owner, set in one audited step: the "assign-owner" event carries only `ownerId` and
// `version` (so versions, replay and audit:verify stay consistent, lib/mutations/versioned.ts); the new owner
// is notified in the same transaction and the e-mail, if any, goes out after commit. The bulk step
// (lib/bulk/mutations.ts) writes each recommendation through `writeOwner` too, so its events are the same.
import type { PrismaClient, Recommendation } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { versionedUpdate, type Updated } from "@/lib/mutations/versioned";
import { canOwn } from "./policy";
import type { SetOwner } from "./schema";

/** Refuses an owner who may not own a recommendation (a viewer, a deactivated or unknown account). */
export async function checkOwner(tx: Tx, ownerId: string): Promise<void> {
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { role: true, active: true } });
  if (!owner || !canOwn(owner))
    throw new Abort({
      kind: "invalid",
      fieldErrors: { ownerId: ["Choose an active editor, administrator or contributor as the owner"] },
    });
}

/** The one write of an owner: `WHERE version = …`, an "assign-owner" event when it changed, none otherwise. */
export async function writeOwner(
  tx: Tx,
  actor: Actor,
  current: Recommendation,
  ownerId: string | null,
  openedVersion: number,
): Promise<Updated> {
  return versionedUpdate({
    tx,
    actor,
    entityType: "Recommendation",
    action: "assign-owner",
    current,
    openedVersion,
    fields: ["ownerId"],
    data: { ownerId },
    reason: null,
    scope: { cycleId: current.cycleId, recommendationId: current.id },
    write: async (d, version) =>
      (
        await tx.recommendation.updateManyAndReturn({
          where: { id: current.id, version },
          data: { ownerId: (d.ownerId as string | null) ?? null, version: { increment: 1 } },
        })
      )[0] ?? null,
  });
}

export async function setOwner(db: PrismaClient, actor: Actor, input: SetOwner): Promise<Outcome<Updated>> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.recommendation.findUnique({
        where: { id: input.id },
        include: { cycle: { select: { year: true } } },
      });
      if (!current) throw new Abort({ kind: "not-found", message: "This recommendation does not exist (any more)." });
      const ownerId = input.ownerId ?? null;
      if (ownerId) await checkOwner(tx, ownerId);
      const { cycle, ...row } = current;
      const updated = await writeOwner(tx, actor, row, ownerId, input.version);
      if (updated.changed && ownerId)
        await notify(tx, {
          userIds: [ownerId],
          kind: "ASSIGNMENT",
          recommendationId: current.id,
          text: `${actor.label} made you the owner of ${cycle.year} · recommendation ${current.label}.`,
          exceptUserId: actor.id,
        });
      return updated;
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}
