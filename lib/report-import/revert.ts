// Reverting a report-text import as a whole, in one transaction: every row it created is removed, each
// removal audited (its open version closed, its history kept), then the import is marked reverted. Links
// made to or from its items go with them (each an audited unlink: a link is a reading of the item, not work
// on it). Refused, naming the items, when anything it created was changed or gained entries since: later
// work is never lost silently (docs/decisions/007-report-import-and-revert.md).
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { diffFields } from "@/lib/audit/hash";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { removeLink } from "@/lib/mutations/remove-link";
import { RECOMMENDATION_FIELDS } from "@/lib/recommendations/mutations";
import { RESPONSE_FIELDS } from "@/lib/responses/mutations";
import { IMPORT_FIELDS } from "./mutations";
import { SECTION_FIELDS } from "./sections";

const CreatedIdsSchema = z.object({
  sections: z.array(z.string()),
  recommendations: z.array(z.string()),
  responses: z.array(z.string()),
});

const refuse = (message: string): never => {
  throw new Abort({ kind: "invalid", fieldErrors: { form: [message] } });
};

const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}` : (xs[0] ?? ""));

/** What was done to the import's rows after it: events on them, and rows others put in its sections. */
async function laterWork(tx: Tx, importSeq: number, ids: z.infer<typeof CreatedIdsSchema>) {
  const recs = ids.recommendations;
  const all = [...ids.sections, ...recs, ...ids.responses];
  // Links are not later work on the items: the revert removes them with the items.
  const events = await tx.$queryRaw<{ entity_type: string; entity_id: string; recommendation_id: string | null }[]>`
    SELECT entity_type, entity_id, recommendation_id FROM audit_events
    WHERE seq > ${importSeq} AND entity_type <> 'RecommendationLink'
      AND (recommendation_id = ANY(${recs}) OR entity_id = ANY(${all}))`;
  const touched = new Set<string>();
  for (const e of events) {
    if (e.recommendation_id && recs.includes(e.recommendation_id)) touched.add(e.recommendation_id);
    if (recs.includes(e.entity_id)) touched.add(e.entity_id);
  }
  // Responses the import created are scoped to their recommendation, so their changes are counted above.
  const sections = events.filter((e) => ids.sections.includes(e.entity_id)).map((e) => e.entity_id);
  const strangers = await tx.recommendation.findMany({
    where: { sectionId: { in: ids.sections }, id: { notIn: recs } },
    select: { sectionId: true },
  });
  const topics = await tx.reportSection.findMany({
    where: { parentId: { in: ids.sections }, id: { notIn: ids.sections } },
    select: { parentId: true },
  });
  const sectionIds = new Set([...sections, ...strangers.map((s) => s.sectionId!), ...topics.map((t) => t.parentId!)]);
  return { recommendations: [...touched], sections: [...sectionIds] };
}

export async function revertReportImport(
  db: PrismaClient,
  actor: Actor,
  input: { id: string },
): Promise<Outcome<{ id: string; labels: string }>> {
  return runOutcome(() =>
    db.$transaction(
      async (tx) => {
        const imp = await tx.reportImport.findUnique({ where: { id: input.id } });
        if (!imp) throw new Abort({ kind: "not-found", message: "This import does not exist." });
        if (imp.revertedAt) refuse("This import was already reverted.");
        const event = await tx.auditEvent.findFirst({
          where: { entityType: "ReportImport", entityId: imp.id, action: "import" },
          select: { seq: true },
        });
        const ids = CreatedIdsSchema.parse(imp.createdIds);
        const later = await laterWork(tx, event?.seq ?? 0, ids);
        if (later.recommendations.length || later.sections.length) {
          const recs = await tx.recommendation.findMany({
            where: { id: { in: later.recommendations } },
            orderBy: { order: "asc" },
            select: { label: true },
          });
          const secs = await tx.reportSection.findMany({
            where: { id: { in: later.sections } },
            select: { title: true },
          });
          const parts = [
            recs.length
              ? `recommendation${recs.length > 1 ? "s" : ""} ${list(recs.map((r) => r.label))} ${recs.length > 1 ? "were" : "was"} changed or gained entries`
              : null,
            secs.length
              ? `section${secs.length > 1 ? "s" : ""} ${list(secs.map((s) => `“${s.title}”`))} gained other recommendations or topics`
              : null,
          ].filter(Boolean);
          refuse(
            `Not reverted: since the import, ${parts.join(", and ")}. Reverting would lose that work; ` +
              "undo it first or keep the import. Nothing was removed.",
          );
        }
        const reason = `Report-text import reverted (imported ${imp.createdAt.toISOString().slice(0, 10)})`;
        const responses = await tx.stateResponse.findMany({ where: { id: { in: ids.responses } } });
        const recs = await tx.recommendation.findMany({ where: { id: { in: ids.recommendations } } });
        const sections = await tx.reportSection.findMany({ where: { id: { in: ids.sections } } });
        if (
          responses.length + recs.length + sections.length !==
          ids.responses.length + ids.recommendations.length + ids.sections.length
        )
          refuse("Not reverted: some of what this import created is no longer in the tracker. Nothing was removed.");
        // Claimed first: a second revert at the same moment waits for this row, then finds it reverted.
        const [done] = await tx.reportImport.updateManyAndReturn({
          where: { id: imp.id, revertedAt: null },
          data: { revertedAt: new Date(), revertedById: actor.id },
        });
        if (!done) refuse("This import was reverted by someone else a moment ago.");
        // Row first, then its event: the event closes the open version and, the row being gone, opens none.
        const links = await tx.recommendationLink.findMany({
          where: { OR: [{ fromId: { in: ids.recommendations } }, { toId: { in: ids.recommendations } }] },
          select: { fromId: true, toId: true },
        });
        for (const l of links) await removeLink(tx, actor, l, reason);
        for (const r of responses) {
          await tx.stateResponse.delete({ where: { id: r.id } });
          await removal(tx, actor, "StateResponse", r, RESPONSE_FIELDS, imp.cycleId, r.recommendationId, reason);
        }
        for (const r of recs) {
          await tx.recommendation.delete({ where: { id: r.id } });
          await removal(tx, actor, "Recommendation", r, RECOMMENDATION_FIELDS, imp.cycleId, r.id, reason);
        }
        // Topics before the sections that hold them.
        for (const s of [...sections].sort((a, b) => Number(b.parentId !== null) - Number(a.parentId !== null))) {
          await tx.reportSection.delete({ where: { id: s.id } });
          await removal(tx, actor, "ReportSection", s, SECTION_FIELDS, imp.cycleId, null, reason);
        }
        await recordAudit(tx, {
          actor,
          action: "revert",
          entityType: "ReportImport",
          entityId: imp.id,
          cycleId: imp.cycleId,
          changes: diffFields({ revertedAt: null }, { revertedAt: done!.revertedAt }, IMPORT_FIELDS),
          // Names the import in words: the diff holds only what changed.
          reason: `The import of ${imp.createdAt.toISOString().slice(0, 10)} from ${imp.fileName ? `file “${imp.fileName}”` : "pasted text"} (recommendations ${imp.labels})`,
        });
        return { id: imp.id, labels: imp.labels };
      },
      { timeout: 120_000 },
    ),
  );
}

async function removal(
  tx: Tx,
  actor: Actor,
  entityType: "Recommendation" | "StateResponse" | "ReportSection",
  row: { id: string } & object,
  fields: readonly string[],
  cycleId: string,
  recommendationId: string | null,
  reason: string,
) {
  await recordAudit(tx, {
    actor,
    action: "remove",
    entityType,
    entityId: row.id,
    cycleId,
    recommendationId,
    changes: diffFields(row as Record<string, unknown>, {}, [...fields, "version"]),
    reason,
  } as Parameters<typeof recordAudit>[1]);
}
