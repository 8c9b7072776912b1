// Countries: created and edited by editors and admins, audited in the same transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import type { EditCountry, NewCountry } from "./schema";

const FIELDS = ["code", "name"] as const;
const taken = (code: string) =>
  new Abort({ kind: "invalid", fieldErrors: { code: [`A country with the code ${code} already exists`] } });

export async function createCountry(db: PrismaClient, actor: Actor, input: NewCountry): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      if (await tx.country.findUnique({ where: { code: input.code }, select: { id: true } })) throw taken(input.code);
      const row = await tx.country.create({ data: { code: input.code, name: input.name } });
      await auditCreate(
        tx,
        actor,
        "Country",
        row,
        FIELDS,
        { cycleId: null, recommendationId: null },
        input.reason ?? null,
      );
      return { id: row.id };
    }),
  );
}

export async function editCountry(db: PrismaClient, actor: Actor, input: EditCountry): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.country.findUnique({ where: { id: input.id } });
      if (!current) throw new Abort({ kind: "not-found", message: "This country does not exist." });
      const other = await tx.country.findUnique({ where: { code: input.code }, select: { id: true } });
      if (other && other.id !== current.id) throw taken(input.code);
      return versionedUpdate({
        tx,
        actor,
        entityType: "Country",
        current,
        openedVersion: input.version,
        fields: FIELDS,
        data: { code: input.code, name: input.name },
        reason: input.reason,
        scope: { cycleId: null, recommendationId: null },
        write: async (d, version) =>
          (
            await tx.country.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
            })
          )[0] ?? null,
      });
    }),
  );
}
