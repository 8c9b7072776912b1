// Phase 2 of the generator, for one entity: its row as the app's mutations
// would leave it, and each event's typed changes, computed with the app's own
// field lists and diffFields (create: every non-null field; a correction or
// withdrawal: what differs, with the version), plus the entity after each
// event (its version row). Texts come from the entity's own random stream.
import { diffFields } from "@/lib/audit/hash";
import type { Actor } from "@/lib/audit/record";
import type { EntityType } from "@/lib/audit/catalogue";
import { Rng } from "./prng";
import { ADMIN, SYSTEM, type EntityPlan } from "./plan-types";
import { editorName } from "./shape";
import { createOf, correctionOf, type Row } from "./materialize-rows";

export type { Row };

export interface Step {
  action: string;
  entityType: EntityType;
  changes: Record<string, unknown>;
  reason: string | null;
  actor: Actor;
  scope: { cycleId: string | null; recommendationId: string | null };
  /** The entity after the event (its version row); null once it is gone (unassigned, unlinked). */
  state: Row | null;
}

export interface Materialized {
  table: string;
  /** The current row after all its events; null if the entity is gone. */
  row: Row | null;
  steps: Step[];
}

export const BENCH_SYSTEM: Actor = { id: null, label: "System (benchmark data)" };

export function actorOf(users: EntityPlan[], who: number): Actor {
  if (who === SYSTEM) return BENCH_SYSTEM;
  if (who === ADMIN) return { id: users[0]!.id, label: "Benchmark administrator" };
  return { id: users[who + 1]!.id, label: editorName(who) };
}

const WITHDRAWALS = [
  "Entered on the wrong recommendation",
  "Duplicate of another entry",
  "The source does not say this",
];

export function materialize(e: EntityPlan, seed: number, users: EntityPlan[]): Materialized {
  const rng = Rng.of(seed, `content:${e.kind}:${e.n}`);
  const create = createOf(e, rng, seed);
  // Rows remember who created them (not audited: the event says it).
  if ("createdById" in create.row) create.row.createdById = actorOf(users, e.actors[0]!).id;
  const fields = [...create.fields];
  let row: Row | null = { ...create.row, createdAt: new Date(e.times[0]!), updatedAt: new Date(e.times[0]!) };
  const steps: Step[] = [];
  const step = (i: number, changes: Record<string, unknown>, reason: string | null) =>
    steps.push({
      action: e.actions[i]!,
      entityType: create.entityType,
      changes,
      reason,
      actor: actorOf(users, e.actors[i]!),
      scope: create.scope,
      state: row ? { ...row } : null,
    });
  step(0, create.changes, create.reason);
  for (let i = 1; i < e.times.length; i++) {
    const t = e.times[i]!;
    const action = e.actions[i]!;
    const current: Row = row!;
    if (action === "unassign" || action === "unlink") {
      row = null;
      step(
        i,
        create.removal!,
        action === "unlink"
          ? "Linked by mistake"
          : rng.chance(0.5)
            ? "No longer responsible under the amended law"
            : null,
      );
      continue;
    }
    const versioned = [...fields, "version"];
    const change =
      action === "withdraw"
        ? {
            fields: ["withdrawnAt", "withdrawalReason"],
            data: { withdrawnAt: new Date(t - rng.int(2, 40)), withdrawalReason: rng.pick(WITHDRAWALS) },
          }
        : { fields, ...correctionOf(e, rng, current) };
    const before = { ...Object.fromEntries(change.fields.map((f) => [f, current[f]])), version: current.version };
    row = { ...current, ...change.data, version: (current.version as number) + 1, updatedAt: new Date(t) };
    const after = Object.fromEntries([...change.fields, "version"].map((f) => [f, row![f]]));
    const reason =
      action === "withdraw"
        ? (change.data as { withdrawalReason: string }).withdrawalReason
        : (change as { reason: string }).reason;
    step(i, diffFields(before, after, change.fields === fields ? versioned : [...change.fields, "version"]), reason);
  }
  if (row) row.updatedAt = new Date(e.times[e.times.length - 1]!);
  return { table: create.table, row, steps };
}
