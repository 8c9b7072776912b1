// Bulk changes: many recommendations, one transaction, all or nothing. Each recommendation is written through
// the single-item code (lib/owners, lib/institutions, lib/follow-ups), so its audit event is exactly the one a
// change made one by one would leave; those already in the requested state are skipped (no event) and counted.
// The rows are locked first (FOR UPDATE, in id order): two bulk steps, or a bulk step and a single edit, run one
// after the other instead of overwriting each other (a single edit's `WHERE version = …` then sees the new
// version and reports a conflict). docs/decisions/013-bulk-changes.md
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { serverText } from "@/lib/i18n/server-messages-marker";
import type { Actor, Tx } from "@/lib/audit/record";
import { isoDay } from "@/lib/dated";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { checkOwner, writeOwner } from "@/lib/owners/mutations";
import { activeInstitution, insertAssignment, notifyContributors } from "@/lib/institutions/mutations";
import { insertFollowUp } from "@/lib/follow-ups/mutations";
import { latestTargetsSql } from "@/lib/owners/targets";
import type { BulkInstitution, BulkOwner, BulkResult, BulkTargetDate } from "./schema";

// Up to 500 recommendations, each a few statements: more than an interactive transaction's default 5 s.
const TX = { timeout: 120_000, maxWait: 30_000 };

const invalid = (field: string, message: string) => new Abort({ kind: "invalid", fieldErrors: { [field]: [message] } });

type Locked = Awaited<ReturnType<typeof lockRecommendations>>[number];

/** The selected recommendations, locked, in report order; one missing (deleted meanwhile) refuses the step. */
async function lockRecommendations(tx: Tx, ids: string[]) {
  await tx.$queryRaw`SELECT id FROM recommendations WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  const recs = await tx.recommendation.findMany({
    where: { id: { in: ids } },
    include: { cycle: { select: { year: true } } },
    orderBy: [{ cycleId: "asc" }, { order: "asc" }],
  });
  if (recs.length !== ids.length)
    throw invalid("recommendationIds", "A selected recommendation does not exist any more: reload the list");
  return recs;
}

/** "2011 · recommendation 3(a)" for one, "12 recommendations" for more (one notification names the count). */
const what = (changed: Locked[]) =>
  changed.length === 1
    ? serverText(`${changed[0]!.cycle.year} · recommendation ${changed[0]!.label}`)
    : serverText(`${changed.length} recommendations`);

async function afterCommit(run: () => Promise<BulkResult>): Promise<Outcome<BulkResult>> {
  const outcome = await runOutcome(run);
  if (outcome.kind === "ok" && outcome.value.changed > 0) scheduleDelivery();
  return outcome;
}

export async function bulkAssignOwner(db: PrismaClient, actor: Actor, input: BulkOwner): Promise<Outcome<BulkResult>> {
  return afterCommit(() =>
    db.$transaction(async (tx) => {
      await checkOwner(tx, input.ownerId);
      const recs = await lockRecommendations(tx, input.recommendationIds);
      const changed: Locked[] = [];
      for (const { cycle, ...row } of recs) {
        // Opened at the locked version: nobody can change it before the write, so no rebase and no conflict.
        if ((await writeOwner(tx, actor, row, input.ownerId, row.version)).changed) changed.push({ cycle, ...row });
      }
      if (changed.length > 0)
        await notify(tx, {
          userIds: [input.ownerId],
          kind: "ASSIGNMENT",
          recommendationId: changed.length === 1 ? changed[0]!.id : null,
          text: `${actor.label} made you the owner of ${what(changed)}.`,
          exceptUserId: actor.id,
        });
      return { id: input.ownerId, changed: changed.length, already: recs.length - changed.length };
    }, TX),
  );
}

export async function bulkAssignInstitution(
  db: PrismaClient,
  actor: Actor,
  input: BulkInstitution,
): Promise<Outcome<BulkResult>> {
  return afterCommit(() =>
    db.$transaction(async (tx) => {
      const inst = await activeInstitution(tx, input.institutionId);
      const recs = await lockRecommendations(tx, input.recommendationIds);
      const changed: Locked[] = [];
      for (const r of recs) {
        const scope = { cycleId: r.cycleId, recommendationId: r.id };
        if (await insertAssignment(tx, actor, scope, inst, input, input.reason)) changed.push(r);
      }
      if (changed.length > 0) {
        const text = `${actor.label} assigned ${what(changed)} to ${inst.name}.`;
        await notifyContributors(tx, actor, inst.id, text, changed.length === 1 ? changed[0]!.id : null);
      }
      return { id: inst.id, changed: changed.length, already: recs.length - changed.length };
    }, TX),
  );
}

/** Each recommendation's target date now: its latest entry with one (decision 012), with that entry's id. */
async function currentTargets(tx: Tx, ids: string[]) {
  const rows = await tx.$queryRaw<{ recommendationId: string; id: string; targetDate: Date | string }[]>`
    SELECT t.recommendation_id AS "recommendationId", t.id, t.target_date AS "targetDate"
    FROM (${latestTargetsSql(ids)}) t`;
  return new Map(rows.map((r) => [r.recommendationId, { id: r.id, day: isoDay(new Date(r.targetDate)) }]));
}

export async function bulkSetTargetDate(
  db: PrismaClient,
  actor: Actor,
  input: BulkTargetDate,
): Promise<Outcome<BulkResult>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      if (input.institutionId) await activeInstitution(tx, input.institutionId);
      const recs = await lockRecommendations(tx, input.recommendationIds);
      const target = isoDay(input.targetDate);
      const before = await currentTargets(tx, input.recommendationIds);
      const created = new Map<string, string>();
      for (const r of recs) {
        if (before.get(r.id)?.day === target) continue; // already so: no entry, no event
        const scope = { cycleId: r.cycleId, recommendationId: r.id };
        const entry = {
          datePrecision: input.datePrecision,
          dateFrom: input.dateFrom,
          dateTo: input.dateTo,
          dateNote: input.dateNote,
          actionTaken: `Target date set to ${target}.`,
          institutionId: input.institutionId,
          nextStep: input.nextStep,
          targetDate: input.targetDate,
          internal: false,
        };
        created.set(r.id, await insertFollowUp(tx, actor, { id: r.id, cycleId: r.cycleId, scope }, entry));
      }
      // An entry dated before another that already sets a target would not move the deadline: refuse, do not
      // record a change that does not take effect.
      const after = created.size > 0 ? await currentTargets(tx, [...created.keys()]) : new Map();
      const hidden = recs.find((r) => created.has(r.id) && after.get(r.id)?.id !== created.get(r.id));
      if (hidden)
        throw invalid(
          "date",
          `A later entry of ${hidden.cycle.year} · recommendation ${hidden.label} sets its target date: ` +
            `give a later date on which the target was set`,
        );
      return { id: target, changed: created.size, already: recs.length - created.size };
    }, TX),
  );
}
