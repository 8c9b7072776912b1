import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine } from "@/lib/db/test-db";
import { recordAudit } from "./record";
import { hashEvent } from "./hash";
import { verifyAuditChain } from "./verify";
import { latestCheckpoint, loadOrCreateKey, verifyCheckpoint, writeCheckpoint } from "./checkpoint";

async function record(db: Database, n: number) {
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

// What a superuser can do: switch the append-only triggers off, rewrite an event and recompute every later hash.
async function rewriteAndRechain(db: Database, seq: number) {
  await db.sql.exec("ALTER TABLE audit_events DISABLE TRIGGER USER");
  await db.sql.query("UPDATE audit_events SET reason = 'rewritten' WHERE seq = $1", [seq]);
  const events = await db.prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
  let prev = events[seq - 2]?.hash ?? "0".repeat(64);
  for (const e of events.filter((x) => x.seq >= seq)) {
    const { id: _id, hash: _h, prevHash: _p, ...content } = e;
    const hash = hashEvent(prev, content);
    await db.sql.query("UPDATE audit_events SET prev_hash = $1, hash = $2 WHERE seq = $3", [prev, hash, e.seq]);
    prev = hash;
  }
  await db.sql.exec("ALTER TABLE audit_events ENABLE TRIGGER USER");
}

describe(`signed checkpoints of the audit chain on ${testEngine}`, () => {
  let db: Database;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    root = mkdtempSync(path.join(tmpdir(), "checkpoint-"));
    for (let n = 1; n <= 5; n++) await record(db, n);
  });
  afterAll(async () => {
    await db?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("signs the head with a key kept in a private file, and verifies a chain that extends it", async () => {
    const cp = await writeCheckpoint(db.prisma, path.join(root, "cp"), path.join(root, "keys"));
    expect(cp.head).toMatchObject({ seq: 5, count: 5 });
    expect(statSync(path.join(root, "keys", "audit-checkpoint-ed25519.pem")).mode & 0o777).toBe(0o600);
    await record(db, 6);
    const latest = latestCheckpoint(path.join(root, "cp"))!;
    expect(latest.head).toEqual(cp.head);
    const { publicKey } = loadOrCreateKey(path.join(root, "keys"));
    expect(await verifyCheckpoint(db.prisma, latest, publicKey)).toEqual({
      ok: true,
      message: `The chain extends the signed checkpoint of ${cp.head.at} (No. 5, 5 events).`,
    });
  });

  it("reports an edited checkpoint file as a signature failure", async () => {
    const latest = latestCheckpoint(path.join(root, "cp"))!;
    const json = JSON.parse(readFileSync(latest.file, "utf8"));
    json.head.count = 4;
    const forged = path.join(root, "forged");
    rmSync(forged, { recursive: true, force: true });
    const copy = path.join(forged, path.basename(latest.file));
    mkdirSync(forged, { recursive: true });
    writeFileSync(copy, JSON.stringify(json));
    const { publicKey } = loadOrCreateKey(path.join(root, "keys"));
    const r = await verifyCheckpoint(db.prisma, latestCheckpoint(forged)!, publicKey);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/not signed by this installation's key/);
  });

  it("detects a rewritten and fully re-hashed history that the chain alone accepts", async () => {
    await rewriteAndRechain(db, 3);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true); // the chain alone is fooled
    const { publicKey } = loadOrCreateKey(path.join(root, "keys"));
    const r = await verifyCheckpoint(db.prisma, latestCheckpoint(path.join(root, "cp"))!, publicKey);
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(
        /event No\. 5 no longer has the hash signed in checkpoint .*: the history up to it was rewritten/,
      ),
    });
  });
});
