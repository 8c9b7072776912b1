// "This recommendation repeats (or builds on) that earlier one": links go
// from a later recommendation to one of an earlier cycle, so chains can only
// run back in time (no loops). Linking and unlinking are audited.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { removeLink } from "@/lib/mutations/remove-link";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import type { Link, Unlink } from "./schema";

const recSelect = { id: true, label: true, cycleId: true, cycle: { select: { year: true } } } as const;

export async function linkRecommendations(db: PrismaClient, actor: Actor, input: Link): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const [from, to] = await Promise.all([
        tx.recommendation.findUnique({ where: { id: input.fromId }, select: recSelect }),
        tx.recommendation.findUnique({ where: { id: input.toId }, select: recSelect }),
      ]);
      if (!from) throw new Abort({ kind: "not-found", message: "This recommendation does not exist." });
      if (!to)
        throw new Abort({ kind: "invalid", fieldErrors: { toId: ["Choose an existing earlier recommendation"] } });
      if (to.cycle.year >= from.cycle.year)
        throw new Abort({
          kind: "invalid",
          fieldErrors: { toId: ["Choose a recommendation of an earlier election cycle"] },
        });
      if (await tx.recommendationLink.findUnique({ where: { fromId_toId: { fromId: from.id, toId: to.id } } })) {
        throw new Abort({ kind: "invalid", fieldErrors: { toId: ["These two recommendations are already linked"] } });
      }
      const row = await tx.recommendationLink.create({
        data: { fromId: from.id, toId: to.id, kind: input.kind, note: input.note ?? null, createdById: actor.id },
      });
      await recordAudit(tx, {
        actor,
        action: "link",
        entityType: "RecommendationLink",
        entityId: `${from.id}:${to.id}`,
        cycleId: from.cycleId,
        recommendationId: from.id,
        changes: {
          toId: { from: null, to: to.id },
          earlier: { from: null, to: `${to.cycle.year} ${to.label}` },
          kind: { from: null, to: input.kind },
          ...(input.note ? { note: { from: null, to: input.note } } : {}),
        },
      });
      return { id: row.id };
    }),
  );
}

export async function unlinkRecommendations(db: PrismaClient, actor: Actor, input: Unlink): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const link = { fromId: input.fromId, toId: input.toId };
      if (!(await removeLink(tx, actor, link, input.reason ?? null)))
        throw new Abort({ kind: "not-found", message: "These recommendations are not linked." });
      return { id: `${input.fromId}:${input.toId}` };
    }),
  );
}
