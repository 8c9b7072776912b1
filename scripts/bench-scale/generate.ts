// The generator: plans every entity and event (plan.ts), then walks the events
// in recorded-time order and writes what the app's mutations would have
// written for each: the row (once, as its events leave it), the audit event
// (validated against the catalogue, chained with the app's hash: seq, prevHash,
// occurredAt in time order) and the version row lib/audit/versions.ts would
// write (recorded_from = the event's time, recorded_to = the entity's next
// event's time, audit_seq). Into an empty, migrated database.
import { assertAuditEvent } from "@/lib/audit/catalogue";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/hash";
import { isVersioned, VERSIONED } from "@/lib/audit/versions";
import type { Database } from "@/lib/db/client";
import { materialize, type Materialized } from "./materialize";
import { plan } from "./plan";
import type { EntityPlan } from "./plan-types";
import { resetSequences, Sink } from "./sink";
import type { Shape } from "./shape";

const FLUSH_EVERY = 4000;
/** Tables whose entry_no is a sequence: numbered in creation order, as the sequence would. */
const NUMBERED = new Set(["state_responses", "assessments", "follow_ups"]);

export interface Generated {
  events: number;
  entities: number;
  rows: Record<string, number>;
  head: { seq: number; hash: string };
  ms: { plan: number; write: number };
}

/** Positions of all events, sorted by recorded time (unique, so the order is total). */
function eventOrder(entities: EntityPlan[]) {
  const total = entities.reduce((s, e) => s + e.times.length, 0);
  const time = new Float64Array(total);
  const owner = new Uint32Array(total);
  const step = new Uint8Array(total);
  let i = 0;
  entities.forEach((e, n) =>
    e.times.forEach((t, k) => {
      time[i] = t;
      owner[i] = n;
      step[i++] = k;
    }),
  );
  const order = new Uint32Array(total).map((_, j) => j).sort((a, b) => time[a]! - time[b]!);
  return { total, time, owner, step, order };
}

export async function generate(db: Database, shape: Shape, log: (s: string) => void = () => {}): Promise<Generated> {
  const started = performance.now();
  const [row] = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
  if (row?.n !== 0) throw new Error("The generator writes into an empty database (this one has audit events)");
  const P = plan(shape);
  const users = P.entities.filter((e) => e.kind === "user");
  const { total, time, owner, step, order } = eventOrder(P.entities);
  const planned = performance.now();
  log(
    `planned ${P.entities.length.toLocaleString("en")} entities, ${total.toLocaleString("en")} events in ${((planned - started) / 1000).toFixed(1)} s`,
  );

  const sink = await Sink.open(db.sql);
  const pending = new Map<EntityPlan, Materialized>();
  const entryNo = new Map<string, number>();
  const versionId = new Map<string, number>();
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= total; seq++) {
    const at = order[seq - 1]!;
    const e = P.entities[owner[at]!]!;
    const k = step[at]!;
    const occurredAt = new Date(time[at]!);
    let m = pending.get(e);
    if (k === 0) {
      m = materialize(e, shape.seed, users);
      if (m.row && NUMBERED.has(m.table)) {
        const no = (entryNo.get(m.table) ?? 0) + 1;
        entryNo.set(m.table, no);
        m.row.entryNo = no;
        for (const s of m.steps) if (s.state) s.state.entryNo = no;
      }
      if (m.row) sink.push(m.table, m.row);
      if (e.times.length > 1) pending.set(e, m);
    }
    const s = m!.steps[k]!;
    const event = assertAuditEvent({ entityType: s.entityType, action: s.action, changes: s.changes });
    const content = {
      seq,
      occurredAt,
      actorId: s.actor.id,
      actorLabel: s.actor.label,
      action: event.action,
      entityType: event.entityType,
      entityId: e.id,
      cycleId: s.scope.cycleId,
      recommendationId: s.scope.recommendationId,
      changes: JSON.parse(JSON.stringify(event.changes)),
      reason: s.reason,
    };
    const hash = hashEvent(prevHash, content);
    sink.push("audit_events", { id: seq, ...content, prevHash, hash });
    prevHash = hash;
    if (isVersioned(s.entityType) && s.state) {
      const table = VERSIONED[s.entityType].versions;
      const vid = (versionId.get(table) ?? 0) + 1;
      versionId.set(table, vid);
      const next = e.times[k + 1];
      sink.push(table, {
        ...s.state,
        id: e.id,
        recordedFrom: occurredAt,
        recordedTo: next === undefined ? null : new Date(next),
        auditSeq: seq,
        versionId: vid,
      });
    }
    if (k === e.times.length - 1) pending.delete(e);
    if (sink.size >= FLUSH_EVERY) await sink.flush();
    if (seq % 100_000 === 0)
      log(`  ${seq.toLocaleString("en")} events written (${((performance.now() - planned) / 1000).toFixed(0)} s)`);
  }
  await sink.flush();
  await resetSequences(db.sql);
  const done = performance.now();
  return {
    events: total,
    entities: P.entities.length,
    rows: Object.fromEntries(sink.written),
    head: { seq: total, hash: prevHash },
    ms: { plan: Math.round(planned - started), write: Math.round(done - planned) },
  };
}
