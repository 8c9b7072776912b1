import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { recordAudit } from "./record";
import { hashEvent } from "./hash";
import { verifyAuditChain } from "./verify";

// Tampering needs the database's superuser, who can switch the append-only
// triggers off: exactly the attacker the hash chain is for.
async function asSuperuser(db: Database, sql: string) {
  await db.sql.exec(
    `ALTER TABLE audit_events DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit_events ENABLE TRIGGER USER;`,
  );
}

describe(`audit hash chain on ${testEngine}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    for (let n = 1; n <= 6; n++) {
      await db.prisma.$transaction((tx) =>
        recordAudit(tx, {
          actor: { id: "u1", label: "Tester" },
          action: "update",
          entityType: "Institution",
          entityId: `t${n}`,
          changes: { version: { from: n - 1, to: n } },
          reason: `step ${n}`,
        }),
      );
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  it("verifies an intact chain and reports its head", async () => {
    const r = await verifyAuditChain(db.prisma, 4); // batches smaller than the chain
    expect(r).toMatchObject({ ok: true, checked: 6, problem: null, head: { seq: 6 } });
  });

  it("reports the first altered event", async () => {
    await asSuperuser(db, `UPDATE audit_events SET reason = 'rewritten' WHERE seq = 3`);
    expect((await verifyAuditChain(db.prisma)).problem).toEqual({
      kind: "altered",
      seq: 3,
      message: "event #3 was altered after it was recorded",
    });
    await asSuperuser(db, `UPDATE audit_events SET reason = 'step 3' WHERE seq = 3`);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("reports an altered field-level diff or actor too", async () => {
    await asSuperuser(db, `UPDATE audit_events SET changes = '{"version": {"from": 1, "to": 99}}' WHERE seq = 2`);
    expect((await verifyAuditChain(db.prisma)).problem?.seq).toBe(2);
    await asSuperuser(db, `UPDATE audit_events SET changes = '{"version": {"from": 1, "to": 2}}' WHERE seq = 2`);
    await asSuperuser(db, `UPDATE audit_events SET actor_label = 'Someone else' WHERE seq = 5`);
    expect((await verifyAuditChain(db.prisma)).problem?.seq).toBe(5);
    await asSuperuser(db, `UPDATE audit_events SET actor_label = 'Tester' WHERE seq = 5`);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("reports a removed event at the event after it", async () => {
    await asSuperuser(db, `DELETE FROM audit_events WHERE seq = 4`);
    const r = await verifyAuditChain(db.prisma);
    expect(r.problem).toMatchObject({ kind: "removed-or-inserted", seq: 5 });
    expect(r.checked).toBe(4);
  });

  it("reports an inserted event, even one given a plausible number and previous hash", async () => {
    const fresh = await createTestDatabase();
    try {
      for (let n = 1; n <= 3; n++) {
        await fresh.prisma.$transaction((tx) =>
          recordAudit(tx, {
            actor: { id: null, label: "S" },
            action: "create",
            entityType: "Country",
            entityId: `${n}`,
            changes: {},
          }),
        );
      }
      const [second] = await fresh.sql.query<{ hash: string }>(`SELECT hash FROM audit_events WHERE seq = 2`);
      // A forged #4 that claims to follow #2 (as if slipped in between).
      await fresh.sql.query(
        `INSERT INTO audit_events (seq, occurred_at, actor_label, action, entity_type, entity_id, changes, prev_hash, hash)
         VALUES (4, now(), 'Forger', 'create', 'Country', 'x', '{}', $1, $2)`,
        [second!.hash, "f".repeat(64)],
      );
      const r = await verifyAuditChain(fresh.prisma);
      expect(r.problem).toMatchObject({ kind: "removed-or-inserted", seq: 4 });
    } finally {
      await fresh.close();
    }
  });

  it("reports a well-chained event that is not an event the app writes", async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.prisma.$transaction((tx) =>
        recordAudit(tx, {
          actor: { id: null, label: "S" },
          action: "create",
          entityType: "Country",
          entityId: "c1",
          changes: {},
        }),
      );
      const [first] = await fresh.sql.query<{ hash: string }>(`SELECT hash FROM audit_events WHERE seq = 1`);
      const content = {
        seq: 2,
        occurredAt: new Date(),
        actorId: null,
        actorLabel: "Script",
        action: "grant",
        entityType: "Country",
        entityId: "c1",
        cycleId: null,
        recommendationId: null,
        changes: {},
        reason: null,
      };
      await fresh.sql.query(
        `INSERT INTO audit_events (seq, occurred_at, actor_label, action, entity_type, entity_id, changes, prev_hash, hash) VALUES (2, $1, 'Script', 'grant', 'Country', 'c1', '{}', $2, $3)`,
        [content.occurredAt.toISOString(), first!.hash, hashEvent(first!.hash, content)],
      );
      expect((await verifyAuditChain(fresh.prisma)).problem).toMatchObject({ kind: "unknown", seq: 2 });
    } finally {
      await fresh.close();
    }
  });
});
