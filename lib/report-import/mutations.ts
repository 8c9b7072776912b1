// The report-text import's two writes, each one transaction: the commit (sections and topics where missing,
// recommendations, their captured responses as first entries of each series, one import record) and the
// revert of a whole import. Every row gets its own audit event (so history, versions and verify-tables
// work as for any other change), tagged by its reason, plus one event of the import itself that lists
// what it created (docs/decisions/007-report-import-and-revert.md).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { diffFields } from "@/lib/audit/hash";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { assertCitableDocument } from "@/lib/mutations/references";
import { auditCreate } from "@/lib/mutations/versioned";
import { RECOMMENDATION_FIELDS, values } from "@/lib/recommendations/mutations";
import { RESPONSE_FIELDS } from "@/lib/responses/mutations";
import { normaliseLabel } from "./policy";
import type { CommitImport } from "./schema";
import { SectionResolver } from "./sections";

export const IMPORT_FIELDS = [
  "cycleId",
  "documentId",
  "fileName",
  "fileSha256",
  "labels",
  "skipped",
  "itemCount",
  "createdIds",
  "revertedAt",
] as const;

export interface CreatedIds {
  sections: string[];
  recommendations: string[];
  responses: string[];
}

export interface Committed {
  /** Null when every item was already recorded: nothing was written. */
  id: string | null;
  created: { id: string; label: string }[];
  skipped: string[];
}

const sourceName = (fileName: string | null) => (fileName ? `file “${fileName}”` : "pasted text");

export async function commitReportImport(
  db: PrismaClient,
  actor: Actor,
  input: CommitImport,
): Promise<Outcome<Committed>> {
  return runOutcome(() =>
    db.$transaction(
      async (tx) => {
        const cycle = await tx.electionCycle.findUnique({ where: { id: input.cycleId }, select: { id: true } });
        if (!cycle) throw new Abort({ kind: "not-found", message: "This election cycle does not exist." });
        await assertCitableDocument(tx, input.documentId, cycle.id, "documentId");
        const doc = input.documentId
          ? await tx.document.findUnique({ where: { id: input.documentId }, select: { title: true } })
          : null;
        const present = new Set(
          (await tx.recommendation.findMany({ where: { cycleId: cycle.id }, select: { label: true } })).map(
            (r) => r.label,
          ),
        );
        const reason = `Report-text import from ${sourceName(input.fileName)}`;
        const from = doc ? `“${doc.title}”` : input.fileName ? `the file “${input.fileName}”` : "a pasted section";
        const provenance = `Imported from the text of ${from}; reviewed in the import preview.`;
        const sections = await SectionResolver.load(tx, actor, cycle.id, reason);
        const created: Committed["created"] = [];
        const responses: string[] = [];
        const skipped: string[] = [];
        for (const item of input.items) {
          const label = normaliseLabel(item.label)!;
          if (present.has(label)) {
            skipped.push(label);
            continue;
          }
          const place = await sections.place(item.section, item.topic);
          const data = await values(tx, cycle.id, {
            label,
            sectionId: place.sectionId ?? undefined,
            priority: place.priority,
            leadIn: item.leadIn ?? undefined,
            text: item.text,
            textVerification: input.textChecked ? "VERIFIED" : "NEEDS_VERIFICATION",
            sourceDocumentId: input.documentId,
            sourceLocation: `${place.where ? `${place.where}, ` : ""}recommendation ${label}`,
            sourceUrl: undefined,
            provenance,
          });
          const rec = await tx.recommendation.create({ data: { ...data, cycleId: cycle.id } });
          const scope = { cycleId: cycle.id, recommendationId: rec.id };
          await auditCreate(tx, actor, "Recommendation", rec, RECOMMENDATION_FIELDS, scope, reason);
          present.add(label);
          created.push({ id: rec.id, label });
          if (item.response && input.responseDate) {
            const row = await tx.stateResponse.create({
              data: {
                recommendationId: rec.id,
                status: item.response.status,
                text: item.response.text,
                statusSentence: item.response.statusSentence,
                ...input.responseDate,
                documentId: input.documentId ?? null,
                location: `The answer following recommendation ${label}`,
                createdById: actor.id,
              },
            });
            await auditCreate(tx, actor, "StateResponse", row, RESPONSE_FIELDS, scope, reason);
            responses.push(row.id);
          }
        }
        // Nothing new: no import record, no event; the answer lists every item as present.
        if (created.length === 0) return { id: null, created, skipped };
        const record = {
          cycleId: cycle.id,
          documentId: input.documentId ?? null,
          fileName: input.fileName,
          fileSha256: input.fileSha256,
          labels: created.map((c) => c.label).join(", "),
          skipped: skipped.length ? skipped.join(", ") : null,
          itemCount: created.length,
          createdIds: {
            sections: sections.created,
            recommendations: created.map((c) => c.id),
            responses,
          } satisfies CreatedIds,
          revertedAt: null,
        };
        const row = await tx.reportImport.create({ data: { ...record, createdById: actor.id } });
        await recordAudit(tx, {
          actor,
          action: "import",
          entityType: "ReportImport",
          entityId: row.id,
          cycleId: cycle.id,
          changes: diffFields({}, record, IMPORT_FIELDS),
          reason: null,
        });
        return { id: row.id, created, skipped };
      },
      { timeout: 120_000 },
    ),
  );
}
