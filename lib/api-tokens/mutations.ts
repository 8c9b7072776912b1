// Issuing and revoking read-only API tokens (admins only, checked by the
// actions). The token is returned once, at issue; only its SHA-256 hash is
// stored. Each issue and revocation is an audit event in the same transaction.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { Abort, runOutcome, type Outcome } from "@/lib/mutations/outcome";
import { TOKEN_PREFIX, type IssueApiToken, type RevokeApiToken } from "./schema";

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export async function issueApiToken(
  db: PrismaClient,
  actor: Actor,
  input: IssueApiToken,
): Promise<Outcome<{ id: string; token: string }>> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
      const row = await tx.apiToken.create({
        data: { name: input.name, tokenHash: hashToken(token), createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "issue",
        entityType: "ApiToken",
        entityId: row.id,
        changes: { name: { from: null, to: input.name } },
      });
      return { id: row.id, token };
    }),
  );
}

export async function revokeApiToken(db: PrismaClient, actor: Actor, input: RevokeApiToken): Promise<Outcome> {
  return runOutcome(() =>
    db.$transaction(async (tx) => {
      const now = new Date();
      // Conditional update: two admins revoking at once record one revocation.
      const [row] = await tx.apiToken.updateManyAndReturn({
        where: { id: input.id, revokedAt: null },
        data: { revokedAt: now },
        select: { id: true, revokedAt: true },
      });
      if (!row) throw new Abort({ kind: "not-found", message: "This token does not exist or is already revoked." });
      await recordAudit(tx, {
        actor,
        action: "revoke",
        entityType: "ApiToken",
        entityId: row.id,
        changes: { revokedAt: { from: null, to: row.revokedAt!.toISOString() } },
      });
      return { id: row.id };
    }),
  );
}

/**
 * The token's id if it is valid and not revoked; notes when it was last used
 * (at most once a minute, so reading does not turn every request into a write).
 * Not audited: using a token changes no tracked data.
 */
export async function checkApiToken(db: PrismaClient, token: string, now = new Date()): Promise<{ id: string } | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await db.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastUsedAt: now } });
  return { id: row.id };
}
