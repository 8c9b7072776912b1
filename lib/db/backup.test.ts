import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./client";
import { createTestDatabase, testEngine } from "./test-db";
import { BackupError, backupDatabase, restoreDatabase, type BackupManifest } from "./backup";
import { seededWithUsers } from "@/lib/test/fixtures";
import { attachFile } from "@/lib/documents/mutations";
import { createUser } from "@/lib/users/mutations";

const ALL_BYTES = new Uint8Array(Array.from({ length: 1024 }, (_, i) => (i * 7) % 256));

async function counts(db: Database, tables: string[]) {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [r] = await db.sql.query<{ n: number | string }>(`SELECT count(*) AS n FROM "${t}"`);
    out[t] = Number(r!.n);
  }
  return out;
}

async function filled(db: Database) {
  const { admin, actor } = await seededWithUsers(db);
  const doc = await db.prisma.document.findFirstOrThrow({ select: { id: true } });
  const attached = await attachFile(db.prisma, actor(admin), {
    documentId: doc.id,
    bytes: ALL_BYTES,
    kind: "pdf",
    name: "binary.pdf",
    text: "text",
    reason: null,
  });
  expect(attached.kind).toBe("ok");
}

describe(`backup and restore on ${testEngine}`, () => {
  let source: Database;
  let dir: string;
  let manifest: BackupManifest;
  beforeAll(async () => {
    source = await createTestDatabase();
    await filled(source);
    dir = path.join(mkdtempSync(path.join(tmpdir(), "backup-")), "b");
    manifest = await backupDatabase(source, dir);
  });
  afterAll(async () => {
    await source?.close();
    if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("restores every row into an empty database: chain and tables verify, writes continue", async () => {
    const target = await createTestDatabase();
    try {
      const report = await restoreDatabase(target, dir);
      expect(report.chain.ok).toBe(true);
      expect(report.tables.ok).toBe(true);
      expect(report.headMatches).toBe(true);
      expect(report.chain.head).toEqual(manifest.auditHead);
      const names = manifest.tables.map((t) => t.name);
      expect(await counts(target, names)).toEqual(await counts(source, names));
      expect(manifest.tables.find((t) => t.name === "audit_events")!.rows).toBeGreaterThan(10);
      const file = await target.prisma.storedFile.findFirstOrThrow({ where: { size: ALL_BYTES.length } });
      expect(Buffer.from(file.bytes).equals(Buffer.from(ALL_BYTES))).toBe(true);
      // The sequences were moved past the restored rows: the next audited write gets new numbers.
      await createUser(target.prisma, {
        email: "new@test.example",
        name: "New",
        role: "VIEWER",
        password: "x".repeat(14),
      });
      const [head] = await target.sql.query<{ seq: number }>("SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1");
      expect(head!.seq).toBe(manifest.auditHead!.seq + 1);
    } finally {
      await target.close();
    }
  });

  it("refuses a target that already holds rows", async () => {
    await expect(restoreDatabase(source, dir)).rejects.toThrow(/target database is not empty/);
  });

  it("refuses a backup whose file no longer matches its hash", async () => {
    const copy = path.join(path.dirname(dir), "tampered");
    await backupDatabase(source, copy);
    const file = path.join(copy, "users.jsonl");
    writeFileSync(file, readFileSync(file, "utf8").replace("Ada Admin", "Ada Adnim"));
    const target = await createTestDatabase();
    try {
      await expect(restoreDatabase(target, copy)).rejects.toThrow(BackupError);
      await expect(restoreDatabase(target, copy)).rejects.toThrow(/users.jsonl does not match its sha256/);
      expect((await counts(target, ["users"])).users).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("refuses to back up into a directory that is not empty", async () => {
    await expect(backupDatabase(source, dir)).rejects.toThrow(/not empty/);
  });

  // Registered only in the PostgreSQL run (scripts/test.sh runs this file on both engines): never a skipped test.
  if (testEngine === "postgres")
    it("moves an embedded database to PostgreSQL", async () => {
      const embedded = await openDatabase({ dataDir: "memory://" });
      const moved = path.join(path.dirname(dir), "moved");
      try {
        await filled(embedded);
        const m = await backupDatabase(embedded, moved);
        expect(m.source).toBe("pglite");
        const target = await createTestDatabase();
        try {
          const report = await restoreDatabase(target, moved);
          expect(target.kind).toBe("postgres");
          expect(report.chain.ok && report.tables.ok && report.headMatches).toBe(true);
          const names = m.tables.map((t) => t.name);
          expect(await counts(target, names)).toEqual(await counts(embedded, names));
        } finally {
          await target.close();
        }
      } finally {
        await embedded.close();
      }
    });
});
