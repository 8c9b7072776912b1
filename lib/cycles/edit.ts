// Cycle details: the fields shared by the "New election cycle" and "Edit cycle details" forms, and the
// versioned, audited edit of a cycle (creation: ./mutations.ts).
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { versionedUpdate } from "@/lib/mutations/versioned";
import { CYCLE_LIMITS } from "./limits";
import {
  REASON_MAX,
  calendarDate,
  entityId,
  formVersion,
  httpUrl,
  optionalText,
  plainText,
  requiredDate,
} from "@/lib/validation";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** "How many recommendations the report gives": empty when no source states it. */
export const recommendationCount = z.preprocess(
  blank,
  z.coerce
    .number({ message: "Number of recommendations must be a whole number" })
    .int("Number of recommendations must be a whole number")
    .min(1, "Number of recommendations must be at least 1 (leave it empty if not known)")
    .max(2000, "Number of recommendations must be at most 2,000")
    .optional(),
);

export const CycleFieldsSchema = z.object({
  title: plainText("Title", CYCLE_LIMITS.title),
  electionDate: requiredDate("Election date", { notFuture: true }),
  isEarly: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  finalReportTitle: optionalText("Final report title", CYCLE_LIMITS.finalReportTitle),
  finalReportDate: calendarDate("Final report date", { notFuture: true }),
  finalReportPlace: optionalText("Place of publication", CYCLE_LIMITS.finalReportPlace),
  finalReportUrl: httpUrl("Final report link"),
  recommendationCount,
  notes: optionalText("Notes", CYCLE_LIMITS.notes),
  reason: optionalText("Reason for the change", REASON_MAX),
});

export const EditCycleSchema = CycleFieldsSchema.extend({ id: entityId("Cycle"), version: formVersion });
export type EditCycle = z.infer<typeof EditCycleSchema>;

export const CYCLE_FIELDS = [
  "title",
  "electionDate",
  "isEarly",
  "finalReportTitle",
  "finalReportDate",
  "finalReportPlace",
  "finalReportUrl",
  "recommendationCount",
  "notes",
] as const;

export const pickNull = <K extends string>(input: Record<string, unknown>, fields: readonly K[]) =>
  Object.fromEntries(fields.map((f) => [f, input[f] ?? null])) as Record<K, unknown>;

export async function editCycle(db: PrismaClient, actor: Actor, input: EditCycle): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.electionCycle.findUnique({ where: { id: input.id } });
      if (!current) throw new Abort({ kind: "not-found", message: "This election cycle does not exist." });
      return versionedUpdate({
        tx,
        actor,
        entityType: "ElectionCycle",
        current,
        openedVersion: input.version,
        fields: CYCLE_FIELDS,
        data: pickNull(input, CYCLE_FIELDS),
        reason: input.reason,
        scope: { cycleId: current.id, recommendationId: null },
        write: async (d, version) =>
          (
            await tx.electionCycle.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
            })
          )[0] ?? null,
      });
    }),
  );
}
