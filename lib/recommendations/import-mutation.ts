// Imports validated rows into a cycle in one transaction: every row is
// created and audited, or none is (a clash with an existing label names its line).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { auditCreate } from "@/lib/mutations/versioned";
import type { ImportRow } from "./import";
import { assertLabelFree, RECOMMENDATION_FIELDS, values } from "./mutations";

export async function importRecommendations(
  db: PrismaClient,
  actor: Actor,
  cycleId: string,
  rows: ImportRow[],
  fileName: string,
): Promise<Outcome<{ id: string; count: number }>> {
  return runOutcome(() =>
    db.$transaction(
      async (tx) => {
        const cycle = await tx.electionCycle.findUnique({
          where: { id: cycleId },
          select: { id: true, sections: { select: { id: true, key: true } } },
        });
        if (!cycle) throw new Abort({ kind: "not-found", message: "This election cycle does not exist." });
        const sectionByKey = new Map(cycle.sections.map((s) => [s.key.toLowerCase(), s.id]));
        const errors: string[] = [];
        for (const [i, row] of rows.entries()) {
          const line = i + 2;
          const sectionId = row.section ? sectionByKey.get(row.section.toLowerCase()) : undefined;
          if (row.section && !sectionId) {
            errors.push(
              `Line ${line}, section: "${row.section}" is not a section of this cycle (use one of: ${cycle.sections.map((s) => s.key).join(", ") || "none defined"})`,
            );
            continue;
          }
          try {
            const data = await values(tx, cycle.id, {
              label: row.label,
              sectionId,
              priority: row.priority,
              leadIn: row.lead_in,
              text: row.text,
              textVerification: row.text_verified === "yes" ? "VERIFIED" : "NEEDS_VERIFICATION",
              sourceLocation: row.source_location,
              sourceUrl: row.source_url,
              provenance: row.provenance,
            });
            await assertLabelFree(tx, cycle.id, data.label);
            const created = await tx.recommendation.create({ data: { ...data, cycleId: cycle.id } });
            await auditCreate(
              tx,
              actor,
              "Recommendation",
              created,
              RECOMMENDATION_FIELDS,
              { cycleId: cycle.id, recommendationId: created.id },
              `Imported from ${fileName}, line ${line}`,
            );
          } catch (error) {
            if (!(error instanceof Abort) || error.outcome.kind !== "invalid") throw error;
            for (const msgs of Object.values(error.outcome.fieldErrors))
              errors.push(...msgs.map((m) => `Line ${line}: ${m}`));
          }
        }
        // All or nothing: any problem rolls back every row of this import.
        if (errors.length) throw new Abort({ kind: "invalid", fieldErrors: { file: errors } });
        return { id: cycle.id, count: rows.length };
      },
      { timeout: 120_000 },
    ),
  );
}
