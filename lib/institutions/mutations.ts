// Responsible institutions (maintained by admins) and their assignment to
// recommendations (by editors), each change audited in its transaction. An assignment tells the institution's
// contributors (ASSIGNMENT, same transaction; e-mail after commit); the bulk step writes through the same code.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverText } from "@/lib/i18n/server-messages-marker";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { scheduleDelivery } from "@/lib/notifications/deliver";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import { findRecommendationScope } from "@/lib/mutations/references";
import type { Assignment, EditInstitution, NewInstitution, Unassignment } from "./schema";

export const INSTITUTION_FIELDS = ["name", "abbreviation", "description", "active"] as const;
const noScope = { cycleId: null, recommendationId: null };

export async function createInstitution(db: PrismaClient, actor: Actor, input: NewInstitution): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      if (await tx.institution.findUnique({ where: { name: input.name } })) {
        throw new Abort({ kind: "invalid", fieldErrors: { name: ["An institution with this name already exists"] } });
      }
      const row = await tx.institution.create({
        data: { name: input.name, abbreviation: input.abbreviation ?? null, description: input.description ?? null },
      });
      await auditCreate(tx, actor, "Institution", row, INSTITUTION_FIELDS, noScope, null);
      return { id: row.id };
    }),
  );
}

export async function editInstitution(db: PrismaClient, actor: Actor, input: EditInstitution): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.institution.findUnique({ where: { id: input.id } });
      if (!current) throw new Abort({ kind: "not-found", message: "This institution does not exist." });
      const clash = await tx.institution.findUnique({ where: { name: input.name }, select: { id: true } });
      if (clash && clash.id !== current.id)
        throw new Abort({ kind: "invalid", fieldErrors: { name: ["An institution with this name already exists"] } });
      return versionedUpdate({
        tx,
        actor,
        entityType: "Institution",
        current,
        openedVersion: input.version,
        fields: INSTITUTION_FIELDS,
        data: {
          name: input.name,
          abbreviation: input.abbreviation ?? null,
          description: input.description ?? null,
          active: input.active,
        },
        reason: input.reason,
        scope: noScope,
        write: async (d, version) =>
          (
            await tx.institution.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
            })
          )[0] ?? null,
      });
    }),
  );
}

type Scope = { cycleId: string; recommendationId: string };
type Dated = Pick<Assignment, "datePrecision" | "dateFrom" | "dateTo" | "dateNote">;

/** An active institution, or the form's one message. */
export async function activeInstitution(tx: Tx, id: string) {
  const inst = await tx.institution.findUnique({ where: { id }, select: { id: true, name: true, active: true } });
  if (!inst?.active)
    throw new Abort({ kind: "invalid", fieldErrors: { institutionId: ["Choose an institution from the list"] } });
  return inst;
}

/**
 * The one write of an assignment (single and bulk): the row and its "assign" event; false, with nothing
 * recorded, when the institution is already responsible for the recommendation.
 */
export async function insertAssignment(
  tx: Tx,
  actor: Actor,
  scope: Scope,
  inst: { id: string; name: string },
  dated: Dated,
  reason: string | null | undefined,
): Promise<boolean> {
  const key = { recommendationId: scope.recommendationId, institutionId: inst.id };
  if (await tx.recommendationInstitution.findUnique({ where: { recommendationId_institutionId: key } })) return false;
  const d = {
    datePrecision: dated.datePrecision,
    dateFrom: dated.dateFrom,
    dateTo: dated.dateTo,
    dateNote: dated.dateNote,
  };
  await tx.recommendationInstitution.create({ data: { ...key, ...d } });
  await recordAudit(tx, {
    actor,
    action: "assign",
    entityType: "RecommendationInstitution",
    entityId: `${scope.recommendationId}:${inst.id}`,
    ...scope,
    changes: {
      institutionId: { from: null, to: inst.id },
      institution: { from: null, to: inst.name },
      ...diffFields({}, d),
    },
    reason: reason ?? null,
  });
  return true;
}

/** Tells the institution's active contributors (its focal points), in the transaction of the assignment. */
export async function notifyContributors(
  tx: Tx,
  actor: Actor,
  institutionId: string,
  text: string,
  recommendationId: string | null,
) {
  const people = await tx.user.findMany({
    where: { institutionId, role: "CONTRIBUTOR", active: true },
    select: { id: true },
  });
  await notify(tx, {
    userIds: people.map((p) => p.id),
    kind: "ASSIGNMENT",
    recommendationId,
    text,
    exceptUserId: actor.id,
  });
}

export async function assignInstitution(db: PrismaClient, actor: Actor, input: Assignment): Promise<Outcome> {
  const outcome = await runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      const inst = await activeInstitution(tx, input.institutionId);
      if (await insertAssignment(tx, actor, rec.scope, inst, input, input.reason)) {
        const r = await tx.recommendation.findUniqueOrThrow({
          where: { id: rec.id },
          select: { label: true, cycle: { select: { year: true } } },
        });
        const text = serverText(`${actor.label} assigned ${r.cycle.year} · recommendation ${r.label} to ${inst.name}.`);
        await notifyContributors(tx, actor, inst.id, text, rec.id);
      }
      return { id: `${rec.id}:${inst.id}` };
    }),
  );
  if (outcome.kind === "ok") scheduleDelivery();
  return outcome;
}

export async function unassignInstitution(db: PrismaClient, actor: Actor, input: Unassignment): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      const key = { recommendationId: rec.id, institutionId: input.institutionId };
      const link = await tx.recommendationInstitution.findUnique({
        where: { recommendationId_institutionId: key },
        select: { institution: { select: { name: true } } },
      });
      if (!link)
        throw new Abort({ kind: "not-found", message: "This institution is not assigned to the recommendation." });
      await tx.recommendationInstitution.delete({ where: { recommendationId_institutionId: key } });
      await recordAudit(tx, {
        actor,
        action: "unassign",
        entityType: "RecommendationInstitution",
        entityId: `${rec.id}:${input.institutionId}`,
        ...rec.scope,
        changes: {
          institutionId: { from: input.institutionId, to: null },
          institution: { from: link.institution.name, to: null },
        },
        reason: input.reason ?? null,
      });
      return { id: `${rec.id}:${input.institutionId}` };
    }),
  );
}
