// Checks the data tables against a replay of the audit log: every current row
// must equal the replay of its events, and every version row the entity after
// the event that wrote it (same time, same position in the chain). A direct
// edit of a table, a row inserted or deleted outside the app, is reported.
// Batched per entity type and per group of entities: never the whole log in memory.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./hash";
import { DIFF_ACTIONS, FIELDS, type EntityType } from "./catalogue";
import { parseEvents, versionsOf, type ParsedEvent } from "./replay";
import { VERSIONED, isVersioned } from "./versions";

export interface TableProblem {
  entityType: string;
  entityId: string;
  message: string;
}

export interface TableReport {
  ok: boolean;
  entities: number;
  versions: number;
  problems: TableProblem[];
}

type Row = Record<string, unknown>;
type Delegate = { findMany: (args: unknown) => Promise<Row[]> };

// Fields an event records that are not columns (names shown to readers) or are recorded in short.
const NOT_COMPARED: Partial<Record<EntityType, string[]>> = {
  RecommendationInstitution: ["institution"],
  RecommendationLink: ["earlier"],
  RecommendationTheme: ["theme"],
  Document: ["fullText"], // recorded by its length, not in full
  EvidenceFile: ["entry"], // the entry in words, for readers
};

const split = (id: string) => id.split(":") as [string, string];
/** How to read one entity type's current rows and versions, and each row's audit entity id. */
function access(db: PrismaClient, type: EntityType) {
  const d = db as unknown as Record<string, Delegate>;
  const model = type.charAt(0).toLowerCase() + type.slice(1);
  const where = (ids: string[]) =>
    type === "RecommendationInstitution"
      ? { OR: ids.map((i) => ({ recommendationId: split(i)[0], institutionId: split(i)[1] })) }
      : type === "RecommendationTheme"
        ? { OR: ids.map((i) => ({ recommendationId: split(i)[0], themeId: split(i)[1] })) }
        : type === "RecommendationLink"
          ? { OR: ids.map((i) => ({ fromId: split(i)[0], toId: split(i)[1] })) }
          : { id: { in: ids } };
  const idOf = (r: Row) =>
    type === "RecommendationInstitution"
      ? `${r.recommendationId}:${r.institutionId}`
      : type === "RecommendationTheme"
        ? `${r.recommendationId}:${r.themeId}`
        : type === "RecommendationLink"
          ? `${r.fromId}:${r.toId}`
          : String(r.id);
  return {
    rows: (ids: string[]) => d[model]!.findMany({ where: where(ids) }),
    versions: isVersioned(type)
      ? (ids: string[]) =>
          d[`${model}Version`]!.findMany({
            where: { id: { in: ids } },
            orderBy: [{ id: "asc" }, { recordedFrom: "asc" }, { versionId: "asc" }],
          })
      : null,
    idOf,
  };
}

const norm = (v: unknown) =>
  canonicalJson(v instanceof Date ? v.toISOString() : typeof v === "bigint" ? Number(v) : (v ?? null));

function differences(type: EntityType, row: Row, replayed: Row): string[] {
  const skip = new Set(NOT_COMPARED[type] ?? []);
  return Object.keys(FIELDS[type]).filter((f) => !skip.has(f) && f in row && norm(row[f]) !== norm(replayed[f]));
}

async function* entityBatches(
  db: PrismaClient,
  type: EntityType,
  size: number,
): AsyncGenerator<Map<string, ParsedEvent[]>> {
  let after = "";
  for (;;) {
    // Whole entities per batch: take `size` ids, then all their events.
    const ids = await db.$queryRaw<{ entity_id: string }[]>`
      SELECT DISTINCT entity_id FROM audit_events WHERE entity_type = ${type} AND entity_id > ${after} ORDER BY entity_id LIMIT ${size}`;
    if (ids.length === 0) return;
    const events = await db.auditEvent.findMany({
      where: { entityType: type, entityId: { in: ids.map((i) => i.entity_id) } },
      orderBy: { seq: "asc" },
      select: { seq: true, occurredAt: true, action: true, entityType: true, entityId: true, changes: true },
    });
    const byId = new Map<string, ParsedEvent[]>();
    for (const e of parseEvents(events).parsed) byId.set(e.entityId, [...(byId.get(e.entityId) ?? []), e]);
    yield byId;
    after = ids[ids.length - 1]!.entity_id;
  }
}

export async function verifyTables(db: PrismaClient, batchSize = 500, maxProblems = 20): Promise<TableReport> {
  const problems: TableProblem[] = [];
  let entities = 0;
  let versions = 0;
  const report = (entityType: string, entityId: string, message: string) => {
    if (problems.length < maxProblems) problems.push({ entityType, entityId, message });
  };
  for (const type of Object.keys(FIELDS) as EntityType[]) {
    const a = access(db, type);
    let seenRows = 0;
    for await (const byId of entityBatches(db, type, batchSize)) {
      const ids = [...byId.keys()];
      const rows = new Map((await a.rows(ids)).map((r) => [a.idOf(r), r]));
      const vrows = a.versions ? await a.versions(ids) : [];
      for (const [id, events] of byId) {
        // Only security details (e.g. sign-ins refused for an email with no account, entity "unknown"): such
        // events describe no row. Password reset links (password_resets) are in this case too: their events
        // are details on the user, and the table holds only hashes and times, so it is not compared.
        if (!events.some((e) => DIFF_ACTIONS.has(e.action))) continue;
        entities++;
        const states = versionsOf(events);
        const last = states.at(-1)?.fields ?? null;
        const row = rows.get(id);
        if (row) seenRows++;
        if (!row && last) report(type, id, "the row is missing: it was deleted outside the app");
        else if (row && !last) report(type, id, "the row exists although its history says it was removed");
        else if (row && last) {
          const diff = differences(type, row, last);
          if (diff.length)
            report(type, id, `the row differs from its history in: ${diff.join(", ")} (edited outside the app)`);
        }
        if (!a.versions) continue;
        const mine = vrows.filter((v) => v.id === id);
        const expected = states.filter((s) => s.fields !== null);
        versions += mine.length;
        if (mine.length !== expected.length) {
          report(type, id, `${mine.length} recorded versions where the history has ${expected.length}`);
          continue;
        }
        expected.forEach((s, i) => {
          const v = mine[i]!;
          const next = states[states.indexOf(s) + 1];
          const bad =
            Number(v.auditSeq) !== s.seq
              ? "its event"
              : norm(v.recordedFrom) !== norm(s.at)
                ? "its start"
                : norm(v.recordedTo) !== norm(next?.at ?? null)
                  ? "its end"
                  : null;
          const diff = differences(type, v, s.fields!);
          if (bad || diff.length)
            report(
              type,
              id,
              `version ${i + 1} differs from its history in ${bad ?? diff.join(", ")} (edited outside the app)`,
            );
        });
      }
    }
    // Rows no event ever created: inserted outside the app.
    const table = (await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM ${tableOf(type)}`))[0];
    if (Number(table?.n ?? 0) > seenRows)
      report(type, "", `${Number(table!.n) - seenRows} row(s) have no history: inserted outside the app`);
  }
  // Stored files have no events of their own (a document's or an evidence file's attach-file event names them): their key is the
  // SHA-256 of their bytes, so the database itself checks that nobody changed a file outside the app.
  const badFiles = await db.$queryRaw<{ sha256: string }[]>`
    SELECT sha256 FROM stored_files
    WHERE encode(sha256(bytes), 'hex') <> sha256 OR octet_length(bytes) <> size
    ORDER BY sha256 LIMIT ${maxProblems}`;
  for (const f of badFiles)
    report("StoredFile", f.sha256, "the file's content does not match its SHA-256 (edited outside the app)");
  return { ok: problems.length === 0, entities, versions, problems };
}

const TABLES: Record<EntityType, string> = {
  Recommendation: "recommendations",
  StateResponse: "state_responses",
  Assessment: "assessments",
  FollowUp: "follow_ups",
  FollowUpDraft: "follow_up_drafts",
  StateResponseDraft: "state_response_drafts",
  RecommendationInstitution: "recommendation_institutions",
  RecommendationLink: "recommendation_links",
  Theme: "themes",
  RecommendationTheme: "recommendation_themes",
  Institution: "institutions",
  ElectionCycle: "election_cycles",
  Document: "documents",
  CycleClaim: "cycle_claims",
  ReportSection: "report_sections",
  Country: "countries",
  ReportImport: "report_imports",
  User: "users",
  Invite: "invites",
  ApiToken: "api_tokens",
  Comment: "comments",
  EvidenceFile: "evidence_files",
  ContentTranslation: "content_translations",
};
// Not compared here, on purpose: notifications, notification preferences and the e-mail outbox
// (lib/notifications) are deliveries and personal settings, not tracked data; they have no audit events.
// Saved views (lib/saved-views) are personal settings too (docs/decisions/014-saved-views.md).
const tableOf = (t: EntityType) => (isVersioned(t) ? VERSIONED[t].table : TABLES[t]);
