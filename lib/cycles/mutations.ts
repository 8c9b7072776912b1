// A new election cycle: a readable, unique address ("kz-2012"), audited in the same transaction.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate } from "@/lib/mutations/versioned";
import { entityId } from "@/lib/validation";
import { ELECTION_TYPE, type ElectionType } from "@/lib/vocab";
import { CYCLE_FIELDS, CycleFieldsSchema, pickNull } from "./edit";

const ELECTION_TYPES = Object.keys(ELECTION_TYPE) as [ElectionType, ...ElectionType[]];

export const NewCycleSchema = CycleFieldsSchema.extend({
  countryId: entityId("Country"),
  electionType: z.enum(ELECTION_TYPES, { message: "Choose the type of election" }),
});
export type NewCycle = z.infer<typeof NewCycleSchema>;

/**
 * "kz-2012"; when that is taken (two elections in one year), "kz-2012-parliamentary", then "-2", "-3".
 * Slugs are addresses people share: readable and never reused for another cycle.
 */
export async function freeSlug(tx: Tx, base: string, table: "electionCycle" | "document", fallback: string) {
  const exists = async (slug: string) =>
    table === "electionCycle"
      ? (await tx.electionCycle.findUnique({ where: { slug }, select: { id: true } })) !== null
      : (await tx.document.findUnique({ where: { slug }, select: { id: true } })) !== null;
  if (!(await exists(base))) return base;
  const longer = `${base}-${fallback}`;
  if (!(await exists(longer))) return longer;
  for (let n = 2; ; n++) if (!(await exists(`${longer}-${n}`))) return `${longer}-${n}`;
}

export const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export async function createCycle(
  db: PrismaClient,
  actor: Actor,
  input: NewCycle,
): Promise<Outcome<{ id: string; slug: string }>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const country = await tx.country.findUnique({ where: { id: input.countryId }, select: { id: true, code: true } });
      if (!country)
        throw new Abort({ kind: "invalid", fieldErrors: { countryId: ["Choose a country from the list"] } });
      const year = input.electionDate.getUTCFullYear();
      const same = await tx.electionCycle.findFirst({
        where: { countryId: country.id, year, electionType: input.electionType },
        select: { id: true },
      });
      if (same)
        throw new Abort({
          kind: "invalid",
          fieldErrors: {
            electionType: [
              `This country already has a ${ELECTION_TYPE[input.electionType].toLowerCase()} election cycle in ${year}`,
            ],
          },
        });
      const slug = await freeSlug(
        tx,
        `${country.code.toLowerCase()}-${year}`,
        "electionCycle",
        kebab(input.electionType),
      );
      const data = {
        slug,
        countryId: country.id,
        year,
        electionType: input.electionType,
        ...pickNull(input, CYCLE_FIELDS),
      };
      const row = await tx.electionCycle.create({ data: data as never });
      await auditCreate(
        tx,
        actor,
        "ElectionCycle",
        row,
        ["slug", "countryId", "year", "electionType", ...CYCLE_FIELDS],
        { cycleId: row.id, recommendationId: null },
        input.reason ?? null,
      );
      return { id: row.id, slug: row.slug };
    }),
  );
}
