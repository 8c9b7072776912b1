// Responsible institutions (maintained by admins) and their assignment to
// recommendations (by editors), each change audited in its transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit, type Actor } from "@/lib/audit/record";
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

export async function assignInstitution(db: PrismaClient, actor: Actor, input: Assignment): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const rec = await findRecommendationScope(tx, input.recommendationId);
      const inst = await tx.institution.findUnique({
        where: { id: input.institutionId },
        select: { id: true, name: true, active: true },
      });
      if (!inst?.active)
        throw new Abort({ kind: "invalid", fieldErrors: { institutionId: ["Choose an institution from the list"] } });
      const key = { recommendationId: rec.id, institutionId: inst.id };
      if (await tx.recommendationInstitution.findUnique({ where: { recommendationId_institutionId: key } })) {
        return { id: `${rec.id}:${inst.id}` }; // already assigned: nothing to record
      }
      const dated = {
        datePrecision: input.datePrecision,
        dateFrom: input.dateFrom,
        dateTo: input.dateTo,
        dateNote: input.dateNote,
      };
      await tx.recommendationInstitution.create({ data: { ...key, ...dated } });
      await recordAudit(tx, {
        actor,
        action: "assign",
        entityType: "RecommendationInstitution",
        entityId: `${rec.id}:${inst.id}`,
        ...rec.scope,
        changes: {
          institutionId: { from: null, to: inst.id },
          institution: { from: null, to: inst.name },
          ...diffFields({}, dated),
        },
        reason: input.reason ?? null,
      });
      return { id: `${rec.id}:${inst.id}` };
    }),
  );
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
