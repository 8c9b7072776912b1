import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { createTestDatabase, testEngine, useAsAppDatabase } from "@/lib/db/test-db";
import { seededWithUsers } from "@/lib/test/fixtures";
import { readableEvents } from "@/lib/audit/queries";
import { verifyTables } from "@/lib/audit/verify-tables";
import { checkApiToken, hashToken, issueApiToken, revokeApiToken } from "./mutations";
import { IssueApiTokenSchema, tokenFormat } from "./schema";

describe(`API tokens on ${testEngine}`, () => {
  let db: Database;
  let admin: Actor;

  beforeAll(async () => {
    db = await createTestDatabase();
    useAsAppDatabase(db);
    const u = await seededWithUsers(db);
    admin = u.actor(u.admin);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("issues a token shown once and stored only as its SHA-256 hash; using it notes the time", async () => {
    const r = await issueApiToken(db.prisma, admin, { name: "Monitoring NGO" });
    if (r.kind !== "ok") throw new Error("not issued");
    expect(r.value.token).toMatch(tokenFormat);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: r.value.id } });
    expect(row).toMatchObject({ name: "Monitoring NGO", tokenHash: hashToken(r.value.token), lastUsedAt: null });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const at = new Date("2030-01-01T00:00:00Z");
    expect(await checkApiToken(db.prisma, r.value.token, at)).toEqual({ id: r.value.id });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: r.value.id } })).lastUsedAt).toEqual(at);
    expect(await checkApiToken(db.prisma, `${r.value.token}x`)).toBeNull();
  });

  it("revokes once, refuses the token afterwards, and records both events readably; audit:verify agrees", async () => {
    const r = await issueApiToken(db.prisma, admin, { name: "Journalist" });
    if (r.kind !== "ok") throw new Error("not issued");
    expect((await revokeApiToken(db.prisma, admin, { id: r.value.id })).kind).toBe("ok");
    expect(await checkApiToken(db.prisma, r.value.token)).toBeNull();
    expect((await revokeApiToken(db.prisma, admin, { id: r.value.id })).kind).toBe("not-found");
    const rows = await db.prisma.auditEvent.findMany({
      where: { entityType: "ApiToken", entityId: r.value.id },
      orderBy: { seq: "asc" },
    });
    const words = (await readableEvents(rows)).map((e) => [e.what, e.record, e.lines.map((l) => l.label)]);
    expect(words).toEqual([
      ["Issued", "API token: Journalist", ["Name"]],
      ["Revoked", "API token: Journalist", ["Revoked on"]],
    ]);
    const report = await verifyTables(db.prisma);
    expect(report.problems).toEqual([]);
  });

  it("asks for a name", () => {
    expect(IssueApiTokenSchema.safeParse({ name: "  " }).success).toBe(false);
  });
});
