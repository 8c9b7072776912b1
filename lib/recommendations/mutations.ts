// Adding recommendation texts that were not in our sources (with their
// provenance) and correcting them; never a silent change: every edit needs a
// reason and is in the audit history.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate, versionedUpdate } from "@/lib/mutations/versioned";
import { assertCitableDocument } from "@/lib/mutations/references";
import { parseLabel, reportOrder } from "./order";
import type { EditRecommendation, NewRecommendation } from "./schema";

export const RECOMMENDATION_FIELDS = [
  "label",
  "number",
  "letter",
  "order",
  "sectionId",
  "priority",
  "leadIn",
  "text",
  "textVerification",
  "sourceDocumentId",
  "sourceLocation",
  "sourceUrl",
  "provenance",
] as const;

export async function values(tx: Tx, cycleId: string, input: Omit<NewRecommendation, "cycleId">) {
  const { number, letter } = parseLabel(input.label)!;
  if (input.sectionId) {
    const s = await tx.reportSection.findUnique({ where: { id: input.sectionId }, select: { cycleId: true } });
    if (s?.cycleId !== cycleId)
      throw new Abort({ kind: "invalid", fieldErrors: { sectionId: ["Choose a section of this election cycle"] } });
  }
  await assertCitableDocument(tx, input.sourceDocumentId, cycleId, "sourceDocumentId");
  return {
    label: letter ? `${number}(${letter})` : String(number),
    number,
    letter,
    order: reportOrder(number, letter),
    sectionId: input.sectionId ?? null,
    priority: input.priority,
    leadIn: input.leadIn ?? null,
    text: input.text,
    textVerification: input.textVerification,
    sourceDocumentId: input.sourceDocumentId ?? null,
    sourceLocation: input.sourceLocation ?? null,
    sourceUrl: input.sourceUrl ?? null,
    provenance: input.provenance,
  };
}

export async function assertLabelFree(tx: Tx, cycleId: string, label: string, exceptId?: string) {
  const clash = await tx.recommendation.findUnique({
    where: { cycleId_label: { cycleId, label } },
    select: { id: true },
  });
  if (clash && clash.id !== exceptId)
    throw new Abort({
      kind: "invalid",
      fieldErrors: { label: [`Recommendation ${label} already exists in this cycle`] },
    });
}

export async function addRecommendation(db: PrismaClient, actor: Actor, input: NewRecommendation): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const cycle = await tx.electionCycle.findUnique({ where: { id: input.cycleId }, select: { id: true } });
      if (!cycle) throw new Abort({ kind: "not-found", message: "This election cycle does not exist." });
      const data = await values(tx, cycle.id, input);
      await assertLabelFree(tx, cycle.id, data.label);
      const row = await tx.recommendation.create({ data: { ...data, cycleId: cycle.id } });
      await auditCreate(
        tx,
        actor,
        "Recommendation",
        row,
        RECOMMENDATION_FIELDS,
        { cycleId: cycle.id, recommendationId: row.id },
        null,
      );
      return { id: row.id };
    }),
  );
}

export async function editRecommendation(db: PrismaClient, actor: Actor, input: EditRecommendation): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const current = await tx.recommendation.findUnique({ where: { id: input.id } });
      if (!current) throw new Abort({ kind: "not-found", message: "This recommendation does not exist." });
      const data = await values(tx, current.cycleId, input);
      await assertLabelFree(tx, current.cycleId, data.label, current.id);
      return versionedUpdate({
        tx,
        actor,
        entityType: "Recommendation",
        current,
        openedVersion: input.version,
        fields: RECOMMENDATION_FIELDS,
        data,
        reason: input.reason,
        scope: { cycleId: current.cycleId, recommendationId: current.id },
        write: async (d, version) =>
          (
            await tx.recommendation.updateManyAndReturn({
              where: { id: current.id, version },
              data: { ...d, version: { increment: 1 } },
            })
          )[0] ?? null,
      });
    }),
  );
}
