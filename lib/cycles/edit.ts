// Admin edits of cycle and document details (versioned, audited).
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { versionedUpdate } from "@/lib/mutations/versioned";
import { calendarDate, entityId, formVersion, httpUrl, optionalText, plainText, requiredDate } from "@/lib/validation";

export const EditCycleSchema = z.object({
  id: entityId("Cycle"),
  version: formVersion,
  title: plainText("Title", 300),
  electionDate: requiredDate("Election date", { notFuture: true }),
  isEarly: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  finalReportTitle: optionalText("Final report title", 500),
  finalReportDate: calendarDate("Final report date", { notFuture: true }),
  finalReportPlace: optionalText("Place of publication", 200),
  finalReportUrl: httpUrl("Final report link"),
  notes: optionalText("Notes", 5000),
  reason: optionalText("Reason for the change", 2000),
});
export const EditDocumentSchema = z.object({
  id: entityId("Document"),
  version: formVersion,
  title: plainText("Title", 500),
  issuer: plainText("Issuer", 300),
  issuedOn: calendarDate("Date", { notFuture: true }),
  place: optionalText("Place", 200),
  sourceUrl: httpUrl("Source link"),
  reason: optionalText("Reason for the change", 2000),
});
export type EditCycle = z.infer<typeof EditCycleSchema>;
export type EditDocument = z.infer<typeof EditDocumentSchema>;

const CYCLE_FIELDS = [
  "title",
  "electionDate",
  "isEarly",
  "finalReportTitle",
  "finalReportDate",
  "finalReportPlace",
  "finalReportUrl",
  "notes",
] as const;
const DOCUMENT_FIELDS = ["title", "issuer", "issuedOn", "place", "sourceUrl"] as const;

const pickNull = <K extends string>(input: Record<string, unknown>, fields: readonly K[]) =>
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

export async function editDocument(db: PrismaClient, actor: Actor, input: EditDocument): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.document.findUnique({
        where: { id: input.id },
        select: {
          id: true,
          version: true,
          cycleId: true,
          title: true,
          issuer: true,
          issuedOn: true,
          place: true,
          sourceUrl: true,
        },
      });
      if (!current) throw new Abort({ kind: "not-found", message: "This document does not exist." });
      return versionedUpdate({
        tx,
        actor,
        entityType: "Document",
        current,
        openedVersion: input.version,
        fields: DOCUMENT_FIELDS,
        data: pickNull(input, DOCUMENT_FIELDS),
        reason: input.reason,
        scope: { cycleId: current.cycleId, recommendationId: null },
        write: async (d, version) =>
          (
            await tx.document.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
              select: {
                id: true,
                version: true,
                title: true,
                issuer: true,
                issuedOn: true,
                place: true,
                sourceUrl: true,
              },
            })
          )[0] ?? null,
      });
    }),
  );
}
