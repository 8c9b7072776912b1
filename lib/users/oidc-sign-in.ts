// OpenID Connect sign-in (the next-auth `signIn` callback, lib/auth/options.ts, calls this with the provider's
// profile): only for an active account an admin created, matched by a VERIFIED email. Successes are audited
// like password sign-ins; refusals are counted and audited in aggregate (oidc-policy.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { OIDC_KEY_PREFIX, refusalAttempt, verifiedEmail, type OidcRefusal } from "./oidc-policy";
import { lockRow } from "./throttle-mutations";

const UNKNOWN: Actor = { id: null, label: "Unknown user" };

export type OidcSignIn = { ok: true; userId: string; sessionEpoch: number } | { ok: false; refusal: OidcRefusal };

async function refuse(db: PrismaClient, refusal: OidcRefusal, email: string | undefined, now: Date) {
  await db.$transaction(async (tx) => {
    const key = `${OIDC_KEY_PREFIX}${email ?? "(no email)"}`;
    const a = refusalAttempt(await lockRow(tx, key), now);
    await tx.signInThrottle.update({ where: { key }, data: a.next });
    if (!a.report) return;
    const user = email ? await tx.user.findUnique({ where: { email }, select: { id: true, name: true } }) : null;
    await recordAudit(tx, {
      actor: user ? { id: user.id, label: user.name } : UNKNOWN,
      action: "sign-in-refused",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      changes: { method: "oidc", ...(email ? { email } : {}), refusal, attempts: a.next.failures },
    });
  });
  return { ok: false as const, refusal };
}

export async function oidcSignIn(db: PrismaClient, profile: unknown, now = new Date()): Promise<OidcSignIn> {
  const checked = verifiedEmail(profile);
  if ("refusal" in checked) return refuse(db, checked.refusal, checked.email, now);
  const user = await db.user.findUnique({
    where: { email: checked.email },
    select: { id: true, name: true, active: true, sessionEpoch: true },
  });
  if (!user?.active) return refuse(db, "no-account", checked.email, now);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: { id: user.id, label: user.name },
      action: "sign-in",
      entityType: "User",
      entityId: user.id,
      changes: { method: "oidc" },
    }),
  );
  return { ok: true, userId: user.id, sessionEpoch: user.sessionEpoch };
}
