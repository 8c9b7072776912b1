// Brings data written by an earlier release up to this one, once, recorded in
// the audit log like any change (docs/decisions/005):
// 1. The migration gave every undated state response and every institution
//    assignment a date (bounds the sources support, or "not after the day it
//    was entered"); each is recorded here as a change by the system.
// 2. The tracker's time line (version tables) is built by replaying the log,
//    so "as recorded on" covers the time before the upgrade. Entries recorded
//    before dates were required keep no date in their earlier versions.
// 3. The previous seed's citations lose their developer wording (also recorded).
// Idempotent: it does nothing once the version tables hold the history.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/audit/hash";
import { recordAudit, SYSTEM_ACTOR, type Tx } from "@/lib/audit/record";
import { parseEvents, replay, versionsOf } from "@/lib/audit/replay";
import { VERSIONED, type VersionedType } from "@/lib/audit/versions";
import { FIELDS } from "@/lib/audit/catalogue";

const UPGRADE_LOCK = 727_005;
const DATED = ["datePrecision", "dateFrom", "dateTo", "dateNote"] as const;
const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

async function eventsOf(tx: Tx, type: VersionedType) {
  const rows = await tx.auditEvent.findMany({
    where: { entityType: type },
    orderBy: { seq: "asc" },
    select: {
      seq: true,
      occurredAt: true,
      action: true,
      entityType: true,
      entityId: true,
      changes: true,
      recommendationId: true,
      cycleId: true,
    },
  });
  return { rows, parsed: parseEvents(rows).parsed };
}

/** Step 1: the dates the migration gave, as changes recorded by the system. */
async function recordMigratedDates(tx: Tx): Promise<number> {
  let n = 0;
  for (const type of ["StateResponse", "RecommendationInstitution"] as const) {
    const { rows, parsed } = await eventsOf(tx, type);
    const replayed = replay(parsed);
    const current =
      type === "StateResponse"
        ? (await tx.stateResponse.findMany()).map((r) => ({
            id: r.id,
            rec: r.recommendationId,
            row: r as Record<string, unknown>,
          }))
        : (await tx.recommendationInstitution.findMany()).map((r) => ({
            id: `${r.recommendationId}:${r.institutionId}`,
            rec: r.recommendationId,
            row: r as Record<string, unknown>,
          }));
    for (const { id, rec, row } of current) {
      const known = replayed.get(`${type}:${id}`)?.fields ?? {};
      if (known.datePrecision !== undefined) continue;
      const scope = rows.find((e) => e.entityId === id);
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "update",
        entityType: type,
        entityId: id,
        cycleId: scope?.cycleId ?? null,
        recommendationId: scope?.recommendationId ?? rec,
        changes: diffFields({}, Object.fromEntries(DATED.map((f) => [f, row[f]]))),
        reason:
          "Upgrade: real-world dates became required; this date was set by the upgrade (see the note on the date).",
      });
      n++;
    }
  }
  return n;
}

// The previous seed's developer wording in citable fields (a line number, "the test suite").
const OLD_PROVENANCE =
  "ODIHR's text as quoted (in italics) in the CEC's Comments on the final report; checked word for word against that document by the test suite.";

/** Step 1b: the seeded citations, reworded for citing, where nobody edited them. */
async function rewordSeedCitations(tx: Tx): Promise<number> {
  const recs = await tx.recommendation.findMany({ where: { provenance: OLD_PROVENANCE } });
  for (const r of recs) {
    const data = {
      sourceLocation: r.sourceLocation?.replace(/ \(text line \d+\)$/, "") ?? null,
      provenance: "ODIHR's text as quoted (in italics) in the CEC's Comments on the final report.",
    };
    const after = await tx.recommendation.update({ where: { id: r.id }, data: { ...data, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "update",
      entityType: "Recommendation",
      entityId: r.id,
      cycleId: r.cycleId,
      recommendationId: r.id,
      changes: diffFields(
        { sourceLocation: r.sourceLocation, provenance: r.provenance, version: r.version },
        { ...data, version: after.version },
      ),
      reason: "Upgrade: the seeded citation reworded for citing (no line numbers, no mention of the test suite).",
    });
  }
  return recs.length;
}

/** Step 2: every version of every tracked entity, from the log. */
async function rebuildVersions(tx: Tx): Promise<number> {
  let n = 0;
  const models = tx as unknown as Record<
    string,
    { deleteMany: (a: unknown) => Promise<unknown>; createMany: (a: unknown) => Promise<unknown> }
  >;
  for (const type of Object.keys(VERSIONED) as VersionedType[]) {
    const v = VERSIONED[type];
    const model = `${type.charAt(0).toLowerCase()}${type.slice(1)}Version`;
    await models[model]!.deleteMany({});
    const { rows, parsed } = await eventsOf(tx, type);
    // Columns no event carries (the owner, the entry order) come from the current row or the event's scope.
    const stable = new Map(
      (await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${v.idExpr} AS key, * FROM ${v.table}`)).map((r) => [
        String(r.key),
        r,
      ]),
    );
    const byId = new Map<string, typeof parsed>();
    for (const e of parsed) byId.set(e.entityId, [...(byId.get(e.entityId) ?? []), e]);
    const data: Record<string, unknown>[] = [];
    for (const [id, events] of byId) {
      const states = versionsOf(events);
      const scope = rows.find((e) => e.entityId === id);
      const [a, b] = id.split(":");
      const fallback: Record<string, unknown> = {
        recommendationId: scope?.recommendationId ?? a,
        cycleId: scope?.cycleId,
        fromId: a,
        toId: b,
        institutionId: b,
      };
      states.forEach((s, i) => {
        if (!s.fields) return;
        const cols = Object.fromEntries(
          v.columns.map((c) => {
            const f = camel(c);
            // An audited field the history does not give was empty then; other columns are the row's own.
            if (f in FIELDS[type]) return [f, s.fields![f] ?? null];
            return [f, stable.get(id)?.[c] ?? fallback[f] ?? null];
          }),
        );
        data.push({ ...cols, id, recordedFrom: s.at, recordedTo: states[i + 1]?.at ?? null, auditSeq: s.seq });
      });
    }
    for (let i = 0; i < data.length; i += 1000) await models[model]!.createMany({ data: data.slice(i, i + 1000) });
    n += data.length;
  }
  return n;
}

export async function upgradeData(db: PrismaClient): Promise<{ recorded: number; versions: number } | null> {
  const [row] = await db.$queryRaw<{ events: boolean; versions: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM audit_events) AS events, EXISTS (SELECT 1 FROM recommendation_versions) AS versions`;
  if (!row?.events || row.versions) return null;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${UPGRADE_LOCK})`;
      if ((await tx.recommendationVersion.count()) > 0) return null; // another instance did it
      const recorded = (await recordMigratedDates(tx)) + (await rewordSeedCitations(tx));
      return { recorded, versions: await rebuildVersions(tx) };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
