// Adding, correcting and removing a translation of a stored text: each audited in the same transaction. The
// stored text itself is never touched (it stays the authoritative original).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type AuditInput, type Tx } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { LANGUAGE_NAME } from "./languages";
import type { AddTranslation, CorrectTranslation, RemoveTranslation, SetOriginalLanguage } from "./schema";
import { originalOf } from "./subjects";

const AUDITED = [
  "subject",
  "subjectId",
  "language",
  "text",
  "kind",
  "translator",
  "sourceDocumentId",
  "sourceCitation",
  "version",
] as const;
type Fields = Record<(typeof AUDITED)[number], string | number | null>;

const pick = (row: Fields): Fields => Object.fromEntries(AUDITED.map((k) => [k, row[k] ?? null])) as unknown as Fields;
/** Field diffs from `before` (null: a new or removed row) to `after`. */
function diff(before: Fields | null, after: Fields | null) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of AUDITED) {
    const from = before?.[k] ?? null;
    const to = after?.[k] ?? null;
    if (from !== to) out[k] = { from, to };
  }
  return out;
}

/** The audit event of a change to a translation, filed under the recommendation (and cycle) its text belongs to. */
function auditTranslation(
  tx: Tx,
  actor: Actor,
  event: { action: "add" | "correct" | "remove-translation"; id: string; changes: ReturnType<typeof diff> },
  original: { cycleId: string | null; recommendationId: string | null } | null,
  reason: string | null = null,
) {
  return recordAudit(tx, {
    actor,
    action: event.action,
    entityType: "ContentTranslation",
    entityId: event.id,
    cycleId: original?.cycleId ?? null,
    recommendationId: original?.recommendationId ?? null,
    changes: event.changes,
    reason,
  });
}

async function checkSource(tx: Tx, id: string | undefined) {
  if (id && !(await tx.document.findUnique({ where: { id }, select: { id: true } })))
    throw new Abort({ kind: "invalid", fieldErrors: { sourceDocumentId: ["Choose an existing document"] } });
}

export async function addTranslation(db: PrismaClient, actor: Actor, input: AddTranslation): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const original = await originalOf(tx, input.subject, input.subjectId);
      if (!original) throw new Abort({ kind: "not-found", message: "This text does not exist or has no words yet." });
      if (original.language === input.language)
        throw new Abort({
          kind: "invalid",
          fieldErrors: { language: [`The original is in ${LANGUAGE_NAME[input.language]}: choose another language`] },
        });
      const taken = await tx.contentTranslation.findUnique({
        where: {
          subject_subjectId_language: { subject: input.subject, subjectId: input.subjectId, language: input.language },
        },
        select: { id: true },
      });
      if (taken)
        throw new Abort({
          kind: "invalid",
          fieldErrors: { language: ["This text already has a translation into this language: correct that one"] },
        });
      await checkSource(tx, input.sourceDocumentId);
      const row = await tx.contentTranslation.create({
        data: {
          subject: input.subject,
          subjectId: input.subjectId,
          language: input.language,
          text: input.text,
          kind: input.kind,
          translator: input.translator,
          sourceDocumentId: input.sourceDocumentId ?? null,
          sourceCitation: input.sourceCitation ?? null,
          createdById: actor.id,
        },
      });
      await auditTranslation(tx, actor, { action: "add", id: row.id, changes: diff(null, pick(row)) }, original);
      return { id: row.id };
    }),
  );
}

export async function correctTranslation(db: PrismaClient, actor: Actor, input: CorrectTranslation): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const row = await tx.contentTranslation.findUnique({ where: { id: input.id } });
      if (!row) throw new Abort({ kind: "not-found", message: "This translation does not exist (any more)." });
      if (row.version !== input.version)
        // Someone corrected it since the form was opened: the page shows the current wording to start from.
        throw new Abort({ kind: "conflict", changes: [], conflicts: [], merged: null, currentVersion: row.version });
      await checkSource(tx, input.sourceDocumentId);
      const original = await originalOf(tx, row.subject, row.subjectId);
      const updated = await tx.contentTranslation.update({
        where: { id: row.id },
        data: {
          text: input.text,
          kind: input.kind,
          translator: input.translator,
          sourceDocumentId: input.sourceDocumentId ?? null,
          sourceCitation: input.sourceCitation ?? null,
          version: { increment: 1 },
        },
      });
      const changes = diff(pick(row), pick(updated));
      await auditTranslation(tx, actor, { action: "correct", id: row.id, changes }, original, input.reason);
      return { id: row.id };
    }),
  );
}

export async function removeTranslation(db: PrismaClient, actor: Actor, input: RemoveTranslation): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const row = await tx.contentTranslation.findUnique({ where: { id: input.id } });
      if (!row) throw new Abort({ kind: "not-found", message: "This translation does not exist (any more)." });
      const original = await originalOf(tx, row.subject, row.subjectId);
      await tx.contentTranslation.delete({ where: { id: row.id } });
      const changes = diff(pick(row), null);
      await auditTranslation(tx, actor, { action: "remove-translation", id: row.id, changes }, original, input.reason);
      return { id: row.id };
    }),
  );
}

/** The stored original's language, its entity's audit type and field, and where its events are filed. */
async function languageOf(tx: Tx, subject: SetOriginalLanguage["subject"], id: string) {
  const original = await originalOf(tx, subject, id);
  if (!original) return null;
  if (subject === "RECOMMENDATION_TEXT")
    return { original, entityType: "Recommendation", field: "textLanguage" } as const;
  if (subject === "RESPONSE_TEXT") return { original, entityType: "StateResponse", field: "textLanguage" } as const;
  return { original, entityType: "Document", field: "titleLanguage" } as const;
}

/**
 * Sets the language of a stored original (a recommendation's or response's text, a document's title): an
 * audited "update" of that record, which bumps its version (so forms open on it see the change). Refused when
 * a translation into that language exists: one text per language.
 */
export async function setOriginalLanguage(
  db: PrismaClient,
  actor: Actor,
  input: SetOriginalLanguage,
): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const found = await languageOf(tx, input.subject, input.subjectId);
      if (!found) throw new Abort({ kind: "not-found", message: "This text does not exist or has no words yet." });
      const { original, entityType, field } = found;
      if (original.language === input.language)
        throw new Abort({
          kind: "invalid",
          fieldErrors: { language: [`The original is already marked ${LANGUAGE_NAME[input.language]}`] },
        });
      const taken = await tx.contentTranslation.findUnique({
        where: {
          subject_subjectId_language: { subject: input.subject, subjectId: input.subjectId, language: input.language },
        },
        select: { id: true },
      });
      if (taken)
        throw new Abort({
          kind: "invalid",
          fieldErrors: {
            language: [`This text has a translation into ${LANGUAGE_NAME[input.language]}: remove it first`],
          },
        });
      const where = { id: input.subjectId };
      const data = { [field]: input.language, version: { increment: 1 } };
      const { version } =
        entityType === "Recommendation"
          ? await tx.recommendation.update({ where, data, select: { version: true } })
          : entityType === "StateResponse"
            ? await tx.stateResponse.update({ where, data, select: { version: true } })
            : await tx.document.update({ where, data, select: { version: true } });
      const changes = {
        [field]: { from: original.language, to: input.language },
        version: { from: version - 1, to: version },
      };
      // One of three entity types, each with an "update" whose diffs include the language field.
      const event = { actor, action: "update", entityType, entityId: input.subjectId, changes } as AuditInput;
      await recordAudit(tx, {
        ...event,
        cycleId: original.cycleId,
        recommendationId: original.recommendationId,
        reason: input.reason ?? null,
      });
      return { id: input.subjectId };
    }),
  );
}
